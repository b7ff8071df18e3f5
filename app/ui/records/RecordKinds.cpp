// The kinds of record the data-entry pages offer, in navigation order.
#include "records/RecordKind.h"

#include "records/EventKind.h"
#include "records/LetterheadKind.h"
#include "records/MediaOutputKind.h"
#include "records/MemberKind.h"
#include "records/CampaignKind.h"
#include "records/OrganisationKind.h"
#include "records/TrainingKind.h"
#include "records/RecordKeys.h"
#include "records/RecordStore.h"
#include "records/UnitKind.h"

namespace cds {

QString RecordKind::describe(const RecordContext &context, qint64 id) const
{
    const ListDefinition definition = listDefinition();
    const keys::KeySource *source = keys::keySource(definition.table);
    if (!source)
        return QString::number(id);
    if (const QVariant name = records::value(context.db, definition.table, source->sortColumn, id); name.isValid())
        return name.toString().left(120);
    return QString::number(id);
}

std::vector<std::unique_ptr<RecordKind>> createRecordKinds()
{
    std::vector<std::unique_ptr<RecordKind>> kinds;
    kinds.push_back(createMemberKind());
    kinds.push_back(createTrainingKind());
    kinds.push_back(createEventKind());
    kinds.push_back(createMediaOutputKind());
    kinds.push_back(createCampaignFigureKind());
    kinds.push_back(createRecommendationKind());
    kinds.push_back(createOrganisationKind());
    kinds.push_back(createUnitKind());
    kinds.push_back(createCampaignKind());
    kinds.push_back(createLetterheadKind());
    return kinds;
}

} // namespace cds

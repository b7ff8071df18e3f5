#include "ActivityPresentation.h"

#include "text/VietnameseText.h"

#include <QCoreApplication>

namespace cds {

namespace {
// The translation context of these names.
struct Activities
{
    Q_DECLARE_TR_FUNCTIONS(cds::Activities)
};
} // namespace

QString mediaKindName(const QString &kind)
{
    if (kind == u"news")
        return Activities::tr("News items");
    if (kind == u"article")
        return Activities::tr("Articles");
    if (kind == u"tv_report")
        return Activities::tr("TV reports");
    if (kind == u"video_clip")
        return Activities::tr("Video clips");
    if (kind == u"trailer")
        return Activities::tr("Trailers");
    if (kind == u"banner")
        return Activities::tr("Banners");
    if (kind == u"slogan")
        return Activities::tr("Slogans");
    if (kind == u"led_screen")
        return Activities::tr("LED screens");
    return Activities::tr("Other");
}

QString eventKindName(const QString &kind)
{
    if (kind == u"workshop")
        return Activities::tr("Workshop");
    if (kind == u"seminar")
        return Activities::tr("Seminar");
    if (kind == u"conference")
        return Activities::tr("Conference");
    if (kind == u"contest")
        return Activities::tr("Contest");
    if (kind == u"launch")
        return Activities::tr("Launch ceremony");
    if (kind == u"training")
        return Activities::tr("Training session");
    return Activities::tr("Other");
}

QString activityModeName(const QString &mode)
{
    if (mode == u"in_person")
        return Activities::tr("In person");
    if (mode == u"online")
        return Activities::tr("Online");
    if (mode == u"hybrid")
        return Activities::tr("Hybrid");
    return mode;
}

QString audienceChannelName(AudienceChannel channel)
{
    switch (channel) {
    case AudienceChannel::InPerson:
        return Activities::tr("In person");
    case AudienceChannel::Online:
        return Activities::tr("Online");
    case AudienceChannel::Livestream:
        return Activities::tr("Livestream views");
    case AudienceChannel::Any:
        break;
    }
    return Activities::tr("All channels");
}

QString figureDisplayText(const Figure &figure)
{
    // Figure::toText() prints the Vietnamese qualifier; the UI translates it.
    QString qualifier;
    switch (figure.qualifier) {
    case Qualifier::Exact:
        break;
    case Qualifier::MoreThan:
        qualifier = QCoreApplication::translate("cds::DashboardPage", "more than");
        break;
    case Qualifier::Nearly:
        qualifier = QCoreApplication::translate("cds::DashboardPage", "nearly");
        break;
    case Qualifier::About:
        qualifier = QCoreApplication::translate("cds::DashboardPage", "about");
        break;
    case Qualifier::Over:
        qualifier = QCoreApplication::translate("cds::DashboardPage", "over");
        break;
    }
    const QString number = text::formatNumber(figure.value);
    return qualifier.isEmpty() ? number : qualifier + QLatin1Char(' ') + number;
}

QString changeText(qint64 current, qint64 previous, int previousYear)
{
    const qint64 change = current - previous;
    const QString year = QString::number(previousYear);
    if (change == 0)
        return Activities::tr("= unchanged from %1").arg(year);
    const QString amount = change > 0 ? QStringLiteral("▲ +") + text::formatNumber(change)
                                      : QStringLiteral("▼ −") + text::formatNumber(-change);
    return Activities::tr("%1 vs %2").arg(amount, year);
}

} // namespace cds

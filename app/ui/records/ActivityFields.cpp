#include "records/ActivityFields.h"

#include "teams/TeamChecks.h"

#include "domain/Figure.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QDate>
#include <QStackedWidget>
#include <QTabWidget>

namespace cds::activities {

Choices modeChoices()
{
    return { { QStringLiteral("in_person"), Text::tr("In person") },
             { QStringLiteral("online"), Text::tr("Online") },
             { QStringLiteral("hybrid"), Text::tr("Hybrid") } };
}

Choices eventKindChoices()
{
    return { { QStringLiteral("workshop"), Text::tr("Workshop") },
             { QStringLiteral("seminar"), Text::tr("Seminar") },
             { QStringLiteral("conference"), Text::tr("Conference") },
             { QStringLiteral("contest"), Text::tr("Contest") },
             { QStringLiteral("launch"), Text::tr("Launch ceremony") },
             { QStringLiteral("training"), Text::tr("Training") },
             { QStringLiteral("other"), Text::tr("Other") } };
}

Choices mediaKindChoices()
{
    return { { QStringLiteral("news"), Text::tr("News item") },
             { QStringLiteral("article"), Text::tr("Article") },
             { QStringLiteral("tv_report"), Text::tr("TV report") },
             { QStringLiteral("video_clip"), Text::tr("Video clip") },
             { QStringLiteral("trailer"), Text::tr("Trailer") },
             { QStringLiteral("banner"), Text::tr("Banner") },
             { QStringLiteral("slogan"), Text::tr("Slogan") },
             { QStringLiteral("led_screen"), Text::tr("LED screen") },
             { QStringLiteral("other"), Text::tr("Other") } };
}

Choices timeOfDayChoices()
{
    return { { QString(), QString() },
             { QStringLiteral("morning"), Text::tr("morning") },
             { QStringLiteral("afternoon"), Text::tr("afternoon") },
             { QStringLiteral("evening"), Text::tr("evening") } };
}

QString choiceText(const Choices &choices, const QString &code)
{
    for (const auto &choice : choices) {
        if (choice.first == code)
            return choice.second;
    }
    return code;
}

void fillChoiceCombo(QComboBox *combo, const Choices &choices)
{
    combo->clear();
    for (const auto &choice : choices)
        combo->addItem(choice.second, choice.first);
}

QList<QPair<QString, QVariant>> filterChoices(const QString &allText, const Choices &choices)
{
    QList<QPair<QString, QVariant>> result = { { allText, QVariant() } };
    for (const auto &choice : choices)
        result << qMakePair(choice.second, QVariant(choice.first));
    return result;
}

QString displayDate(const QVariant &iso)
{
    const QDate date = QDate::fromString(iso.toString().left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : iso.toString();
}

QString figureText(const QVariant &value, const QVariant &qualifier)
{
    if (value.isNull())
        return {};
    return Figure{ value.toLongLong(), qualifierFromCode(qualifier.toString()) }.toText();
}

QString packedFigureText(const QVariant &packed)
{
    if (packed.isNull())
        return {};
    const QString text = packed.toString();
    const qsizetype bar = text.indexOf(u'|');
    return figureText(text.left(bar), bar < 0 ? QString() : text.mid(bar + 1));
}

QString packedFigure(const QString &valueColumn, const QString &qualifierColumn)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE %1 || '|' || %2 END").arg(valueColumn, qualifierColumn);
}

int campaignYear(const QSqlDatabase &db, int campaignId)
{
    return teams::campaignYear(db, campaignId);
}

QDate campaignStartDate(const QSqlDatabase &db, int campaignId)
{
    return teams::campaignStart(db, campaignId);
}

void showField(QWidget *field)
{
    for (QWidget *child = field, *parent = field ? field->parentWidget() : nullptr; parent;
         child = parent, parent = parent->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(parent)) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(child);
        }
    }
}

} // namespace cds::activities

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QComboBox;
class QWidget;

// Words and helpers shared by the campaign's activities (issue #3): trainings,
// events and media outputs — their modes and kinds in Vietnamese, dates shown
// dd/MM/yyyy while stored and sorted as ISO text, figures with qualifiers.
namespace cds::activities {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
};

// (stored code, shown text) pairs.
using Choices = QList<QPair<QString, QString>>;
Choices modeChoices();        // in_person / online / hybrid: Trực tiếp, Trực tuyến, Kết hợp
Choices eventKindChoices();   // workshop … other: Hội thảo, Tọa đàm, …
Choices mediaKindChoices();   // news … other: Tin, Bài viết, …
Choices timeOfDayChoices();   // "" / morning / afternoon / evening
QString choiceText(const Choices &choices, const QString &code);
// Fills combo with the choices' texts, the codes as data.
void fillChoiceCombo(QComboBox *combo, const Choices &choices);
// The same choices for RecordListPage::addComboFilter, "all" first.
QList<QPair<QString, QVariant>> filterChoices(const QString &allText, const Choices &choices);

// "2022-10-12" -> "12/10/2022"; anything else as it is.
QString displayDate(const QVariant &iso);
// 4500, "hon" -> "hơn 4.500"; NULL -> empty.
QString figureText(const QVariant &value, const QVariant &qualifier);

// A list column holding "value|qualifier" (packedFigure()) shown as figureText().
QString packedFigureText(const QVariant &packed);
// SQL for such a column: NULL when value is NULL.
QString packedFigure(const QString &valueColumn, const QString &qualifierColumn);

// The campaign's year (0 when unknown): activity dates outside it are warned about.
int campaignYear(const QSqlDatabase &db, int campaignId);
// The day a blank activity date starts from when entered: the campaign's start
// date, else 1 January of its year, else an invalid date (today is used).
QDate campaignStartDate(const QSqlDatabase &db, int campaignId);

// Brings the tab holding field to the front (before RecordForm::fieldError on a field in another tab).
void showField(QWidget *field);

} // namespace cds::activities

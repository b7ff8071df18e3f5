#include "records/UnitKind.h"
#include "ui_CloseUnitForm.h"
#include "ui_UnitForm.h"

#include "common/LevelPresentation.h"
#include "records/ActivityFields.h"
#include "records/FormReads.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"
#include "records/UndoCommands.h"
#include "records/UnitSetupDialog.h"
#include "text/VietnameseText.h"
#include "units/UnitHistory.h"

#include <QComboBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>

namespace cds {

int levelForUnitType(const QString &unitType)
{
    // Law on Local Government Organisation: province-level units are "tỉnh"
    // and centrally run cities; district-level "huyện, quận, thị xã, thành phố
    // thuộc tỉnh"; commune-level "xã, phường, thị trấn, đặc khu"; below the
    // commune, villages and residential groups (Circular 04/2012/TT-BNV:
    // thôn, làng, ấp, bản, buôn, bon, phum, sóc, tổ dân phố, khu phố, khối phố…).
    // "Thành phố" is a province or a district, so it decides nothing.
    static const QHash<QString, int> levels = {
        { QStringLiteral("tinh"), 1 },
        { QStringLiteral("huyen"), 2 },      { QStringLiteral("quan"), 2 },     { QStringLiteral("thi xa"), 2 },
        { QStringLiteral("xa"), 3 },         { QStringLiteral("phuong"), 3 },   { QStringLiteral("thi tran"), 3 },
        { QStringLiteral("dac khu"), 3 },
        { QStringLiteral("thon"), 4 },       { QStringLiteral("lang"), 4 },     { QStringLiteral("ap"), 4 },
        { QStringLiteral("ban"), 4 },        { QStringLiteral("buon"), 4 },     { QStringLiteral("bon"), 4 },
        { QStringLiteral("phum"), 4 },       { QStringLiteral("soc"), 4 },      { QStringLiteral("xom"), 4 },
        { QStringLiteral("to dan pho"), 4 }, { QStringLiteral("khu pho"), 4 }, { QStringLiteral("khoi pho"), 4 },
        { QStringLiteral("khoi"), 4 },       { QStringLiteral("khu dan cu"), 4 },
    };
    return levels.value(text::searchKey(unitType), 0);
}

namespace {

const QString table = QStringLiteral("admin_unit");

// The levels a unit's parent may have: a district belongs to a province; a
// commune to a district or (without districts, since 2025) the province; a
// village or residential group to a commune or, where a district has no
// communes (Lý Sơn), to the district.
QList<int> parentLevels(int level)
{
    switch (level) {
    case 2: return { 1 };
    case 3: return { 1, 2 };
    case 4: return { 2, 3 };
    default: return {};
    }
}

class UnitForm : public RecordForm
{
    Q_OBJECT

public:
    UnitForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New administrative unit") : tr("Administrative unit"));
        markRequired(m_ui.nameLabel);
        markRequired(m_ui.unitTypeLabel);
        markRequired(m_ui.levelLabel);
        m_ui.unitTypeComboBox->setInsertPolicy(QComboBox::NoInsert);
        m_ui.unitTypeComboBox->addItems({ QString(), QStringLiteral("Tỉnh"), QStringLiteral("Thành phố"),
                                          QStringLiteral("Huyện"), QStringLiteral("Thị xã"), QStringLiteral("Quận"),
                                          QStringLiteral("Xã"), QStringLiteral("Phường"), QStringLiteral("Thị trấn"),
                                          QStringLiteral("Đặc khu"), QStringLiteral("Thôn"),
                                          QStringLiteral("Tổ dân phố"), QStringLiteral("Khu phố"),
                                          QStringLiteral("Làng"), QStringLiteral("Bản"), QStringLiteral("Ấp"),
                                          QStringLiteral("Buôn"), QStringLiteral("Xóm") });
        for (const AdminLevel level : allAdminLevels)
            m_ui.levelComboBox->addItem(levelName(level), int(level));
        m_ui.levelComboBox->setCurrentIndex(-1);
        // Calendars open in the campaign's start, the date units are usually counted at.
        const QDate campaignStart = activities::campaignStartDate(context.db, context.campaignId);
        setupOptionalDate(m_ui.validFromDateEdit, campaignStart);
        setupOptionalDate(m_ui.validToDateEdit, campaignStart);
        m_ui.gsoCodeLineEdit->setPlaceholderText(tr("5 digits for a commune, 3 for a district; none for a village"));
        m_ui.unitHintLabel->setText(tr("A unit that no longer exists is closed with the date it ended, "
                                       "not removed: the campaigns that counted it still need it."));

        QVariant parentId;
        if (id != 0) {
            const QVariantMap row = records::row(context.db, table, id);
            m_ui.nameLineEdit->setText(row.value(QStringLiteral("name")).toString());
            // A type outside the list (imported before it was closed) is kept, not replaced.
            const QString type = row.value(QStringLiteral("unit_type")).toString();
            if (!type.isEmpty() && m_ui.unitTypeComboBox->findText(type) < 0)
                m_ui.unitTypeComboBox->addItem(type);
            m_ui.unitTypeComboBox->setCurrentText(type);
            widgets::selectData(m_ui.levelComboBox, row.value(QStringLiteral("level")));
            parentId = row.value(QStringLiteral("parent_id"));
            m_ui.gsoCodeLineEdit->setText(row.value(QStringLiteral("gso_code")).toString());
            setOptionalDate(m_ui.validFromDateEdit, QDate::fromString(row.value(QStringLiteral("valid_from")).toString(), Qt::ISODate));
            setOptionalDate(m_ui.validToDateEdit, QDate::fromString(row.value(QStringLiteral("valid_to")).toString(), Qt::ISODate));
        }
        fillParents(parentId);
        widgets::makeSearchable(m_ui.parentComboBox);

        // The type decides the level when it can ("Thôn" is a village);
        // the level decides which units can be the parent.
        connect(m_ui.unitTypeComboBox, &QComboBox::currentTextChanged, this, [this](const QString &type) {
            const int level = levelForUnitType(type);
            if (level != 0)
                widgets::selectData(m_ui.levelComboBox, level);
        });
        connect(m_ui.levelComboBox, &QComboBox::currentIndexChanged, this,
                [this] { fillParents(widgets::chosenId(m_ui.parentComboBox)); });

        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        const QString name = m_ui.nameLineEdit->text().simplified();
        if (name.isEmpty())
            return fieldError(m_ui.nameLineEdit, tr("Enter the unit's name, e.g. “Thôn An Định”."));
        if (m_ui.unitTypeComboBox->currentText().simplified().isEmpty())
            return fieldError(m_ui.unitTypeComboBox, tr("Choose the unit's type (Xã, Phường, Thôn, Tổ dân phố…)."));
        const int level = m_ui.levelComboBox->currentData().toInt();
        if (level < 1 || level > 4)
            return fieldError(m_ui.levelComboBox, tr("Choose the unit's level."));

        const QVariant parentId = widgets::chosenId(m_ui.parentComboBox);
        const bool parentTyped = !m_ui.parentComboBox->currentText().isEmpty()
                && m_ui.parentComboBox->currentIndex() != 0;
        if (parentId.isNull() && parentTyped)
            return fieldError(m_ui.parentComboBox, tr("Choose the unit it belongs to from the list."));
        if (level == 1 && !parentId.isNull())
            return fieldError(m_ui.parentComboBox, tr("A province-level unit belongs to no other unit."));
        if (level == 4 && parentId.isNull())
            return fieldError(m_ui.parentComboBox,
                              tr("A village or residential group belongs to a commune, or to a district that has no communes."));
        if (level > 1 && parentId.isNull())
            return fieldError(m_ui.parentComboBox, tr("Choose the unit it belongs to."));
        QVariantMap parent;
        if (!parentId.isNull()) {
            parent = records::row(m_context.db, table, parentId.toLongLong());
            const int parentLevel = parent.value(QStringLiteral("level")).toInt();
            if (!parentLevels(level).contains(parentLevel))
                return fieldError(m_ui.parentComboBox,
                                  tr("“%1” (%2) cannot hold a unit of the %3: the unit it belongs to must be of a "
                                     "higher level.")
                                          .arg(parent.value(QStringLiteral("name")).toString(),
                                               levelName(AdminLevel(parentLevel)).toLower(),
                                               levelName(AdminLevel(level)).toLower()));
            if (parentId.toLongLong() == m_id || isDescendant(parentId.toLongLong()))
                return fieldError(m_ui.parentComboBox, tr("A unit cannot belong to itself or to a unit under it."));
        }

        // GSO codes (Decision 124/2004/QĐ-TTg): 2 digits for a province, 3 for
        // a district, 5 for a commune; villages have none.
        const QString code = m_ui.gsoCodeLineEdit->text().trimmed();
        if (!code.isEmpty()) {
            static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
            const int wanted = level == 1 ? 2 : level == 2 ? 3 : 5;
            if (level == 4)
                return fieldError(m_ui.gsoCodeLineEdit, tr("Villages and residential groups have no GSO code; leave it empty."));
            if (!digits.match(code).hasMatch() || (level == 2 ? code.size() < 2 || code.size() > 3 : code.size() != wanted))
                return fieldError(m_ui.gsoCodeLineEdit,
                                  tr("The GSO code of a %1 unit has %2 digits.").arg(levelName(AdminLevel(level)).toLower())
                                          .arg(level == 2 ? tr("2 or 3") : QString::number(wanted)));
            // A code names one unit at a time (schema 7): the same code may
            // name an old unit and the new one formed from it after it closed.
            const QDate start = optionalDate(m_ui.validFromDateEdit);
            const QDate end = optionalDate(m_ui.validToDateEdit);
            const QString holder = units::unitHoldingCode(m_context.db, code,
                                                          start.isValid() ? start.toString(Qt::ISODate) : QString(),
                                                          end.isValid() ? end.toString(Qt::ISODate) : QString(), m_id);
            if (!holder.isEmpty())
                return fieldError(m_ui.gsoCodeLineEdit, tr("The GSO code %1 is already “%2”'s.").arg(code, holder));
        }

        const QDate from = optionalDate(m_ui.validFromDateEdit);
        const QDate to = optionalDate(m_ui.validToDateEdit);
        if (from.isValid() && to.isValid() && to < from)
            return fieldError(m_ui.validToDateEdit, tr("The unit cannot close (%1) before it was established (%2).")
                                                            .arg(to.toString(QStringLiteral("dd/MM/yyyy")),
                                                                 from.toString(QStringLiteral("dd/MM/yyyy"))));

        QStringList warnings;
        const int typeLevel = levelForUnitType(m_ui.unitTypeComboBox->currentText());
        if (typeLevel != 0 && typeLevel != level)
            warnings << tr("A “%1” is usually a unit of the %2.").arg(m_ui.unitTypeComboBox->currentText().simplified(),
                                                                      levelName(AdminLevel(typeLevel)).toLower());
        const QDate parentTo = QDate::fromString(parent.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
        if (parentTo.isValid() && (!from.isValid() || from > parentTo))
            warnings << tr("“%1” was closed on %2.").arg(parent.value(QStringLiteral("name")).toString(),
                                                         parentTo.toString(QStringLiteral("dd/MM/yyyy")));
        if (formreads::unitNameTaken(m_context.db, name, parentId, m_id))
            warnings << tr("Another unit in the same place is already called “%1”.").arg(name);
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        const QString code = m_ui.gsoCodeLineEdit->text().trimmed();
        const QVariantMap values = {
            { QStringLiteral("name"), text::normalized(m_ui.nameLineEdit->text()) },
            { QStringLiteral("unit_type"), text::normalized(m_ui.unitTypeComboBox->currentText()) },
            { QStringLiteral("level"), m_ui.levelComboBox->currentData().toInt() },
            { QStringLiteral("parent_id"), widgets::chosenId(m_ui.parentComboBox) },
            { QStringLiteral("gso_code"), code.isEmpty() ? QVariant() : QVariant(code) },
            { QStringLiteral("valid_from"), optionalDateValue(m_ui.validFromDateEdit) },
            { QStringLiteral("valid_to"), optionalDateValue(m_ui.validToDateEdit) },
        };
        const QString name = m_ui.nameLineEdit->text().simplified();
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add administrative unit “%1”").arg(name)
                                                        : tr("Edit administrative unit “%1”").arg(name));
        if (m_id == 0)
            write.insert(table, values);
        else
            write.update(table, m_id, values);
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    // The units of the levels above the chosen one, closed ones included
    // (marked): a 2022 campaign still counts villages of communes merged since.
    void fillParents(const QVariant &keep)
    {
        const int level = m_ui.levelComboBox->currentData().toInt();
        QList<int> levels = parentLevels(level);
        if (level == 0)
            levels = { 1, 2, 3 };
        if (levels.isEmpty()) {
            widgets::fillCombo(m_ui.parentComboBox, {}, true); // a province has no parent
        } else {
            choices::UnitChoiceScope scope;
            scope.levels = levels;
            scope.excludeId = m_id;
            scope.closedMark = tr("(closed)");
            widgets::fillUnitComboInScope(m_ui.parentComboBox, m_context.db, scope, true, keep.toLongLong());
        }
        widgets::selectData(m_ui.parentComboBox, keep);
        m_ui.parentComboBox->setEnabled(level != 1);
    }

    bool isDescendant(qint64 candidate) const
    {
        if (m_id == 0)
            return false;
        return formreads::isBelowUnit(m_context.db, m_id, candidate);
    }

    Ui::UnitForm m_ui;
    RecordContext m_context;
    qint64 m_id;
};

// Asks for the date a unit ended (the safe choice instead of removing it).
class CloseUnitForm : public RecordForm
{
    Q_OBJECT

public:
    CloseUnitForm(QWidget *parent, const RecordContext &context, qint64 id, const QString &name)
        : RecordForm(parent), m_context(context), m_id(id), m_name(name)
    {
        m_ui.setupUi(this);
        setWindowTitle(tr("Close administrative unit"));
        const QVariantMap row = records::row(context.db, table, id);
        m_from = QDate::fromString(row.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
        const int open = formreads::openChildUnits(context.db, id);
        QString text = tr("“%1” stays in the database with the date it ended; the campaigns that counted it keep it.")
                               .arg(name);
        if (open > 0)
            text += u'\n' + tr("The %n unit(s) under it that are still open are left as they are: close or move them separately.",
                               nullptr, open);
        m_ui.closeUnitTextLabel->setText(text);
        const QDate previous = QDate::fromString(row.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
        m_ui.closeDateEdit->setDate(previous.isValid() ? previous : QDate::currentDate());
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
        setDirty(); // the date shown is a proposal: Esc asks before dropping it
    }

protected:
    bool validate() override
    {
        const QDate date = m_ui.closeDateEdit->date();
        if (m_from.isValid() && date < m_from)
            return fieldError(m_ui.closeDateEdit, tr("The unit cannot close before it was established (%1).")
                                                          .arg(m_from.toString(QStringLiteral("dd/MM/yyyy"))));
        QStringList warnings;
        if (date > QDate::currentDate())
            warnings << tr("The date is in the future.");
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        RecordTransaction write(m_context.db, tr("Close administrative unit “%1”").arg(m_name));
        write.update(table, m_id, { { QStringLiteral("valid_to"), m_ui.closeDateEdit->date().toString(Qt::ISODate) } });
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    Ui::CloseUnitForm m_ui;
    RecordContext m_context;
    qint64 m_id;
    QString m_name;
    QDate m_from;
};

// Greys the rows of closed units.
class ClosedUnitDelegate : public QStyledItemDelegate
{
public:
    ClosedUnitDelegate(int validToColumn, QObject *parent) : QStyledItemDelegate(parent), m_column(validToColumn) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant closed = index.sibling(index.row(), m_column).data(RecordListModel::RawValueRole);
        if (!closed.isNull() && closed.isValid())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }

private:
    int m_column;
};

constexpr int validToColumn = 6;

class UnitKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("units"); }
    QString title() const override { return UnitForm::tr("Administrative units"); }

    ListDefinition listDefinition() const override
    {
        const QString closed = UnitForm::tr("(closed)").replace(u'\'', QStringLiteral("''"));
        const auto date = [](const QVariant &value) {
            const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
            return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : value.toString();
        };
        ListDefinition definition;
        definition.key = key();
        definition.table = table;
        definition.from = QStringLiteral("admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id");
        definition.idExpression = QStringLiteral("u.id");
        definition.searchExpression = QStringLiteral("u.search_key");
        definition.columns = {
            { UnitForm::tr("Name"),
              QStringLiteral("u.name || CASE WHEN u.valid_to IS NULL THEN '' ELSE ' %1' END").arg(closed),
              QStringLiteral("u.sort_key") },
            { UnitForm::tr("Type"), QStringLiteral("u.unit_type"), QStringLiteral("u.unit_type COLLATE NOCASE") },
            { UnitForm::tr("Level"), QStringLiteral("u.level"), {},
              [](const QVariant &value) { return levelName(AdminLevel(value.toInt())); } },
            { UnitForm::tr("Belongs to"), QStringLiteral("p.name"), QStringLiteral("p.sort_key") },
            { UnitForm::tr("GSO code"), QStringLiteral("u.gso_code") },
            { UnitForm::tr("Valid from"), QStringLiteral("u.valid_from"), {}, date, Qt::AlignLeft | Qt::AlignVCenter, true },
            { UnitForm::tr("Closed on"), QStringLiteral("u.valid_to"), {}, date },
            { UnitForm::tr("Teams"), QStringLiteral("(SELECT count(*) FROM team t WHERE t.unit_id = u.id)"), {}, {},
              Qt::AlignRight | Qt::AlignVCenter, true },
        };
        return definition;
    }

    void addFilters(RecordListPage *page, const RecordContext &) override
    {
        QList<QPair<QString, QVariant>> levels = { { UnitForm::tr("All levels"), QVariant() } };
        for (const AdminLevel level : allAdminLevels)
            levels << qMakePair(levelName(level), QVariant(int(level)));
        page->addComboFilter(QStringLiteral("unitLevel"), UnitForm::tr("Level"), QStringLiteral("u.level = ?"), levels);

        // Filter names are unit-specific: the combo's object name comes from
        // it, and the teams page already has a "levelFilterComboBox".
        // A district and everything under it: its communes and their villages,
        // and villages directly under it.
        page->addComboFilter(QStringLiteral("unitDistrict"), UnitForm::tr("District"),
                             QStringLiteral("? IN (u.id, u.parent_id, p.parent_id)"),
                             RecordListPage::FilterChoices([](const QSqlDatabase &db) {
                                 return widgets::districtFilterChoices(db, UnitForm::tr("All districts"));
                             }));

        page->addComboFilter(QStringLiteral("unitState"), UnitForm::tr("Open or closed"),
                             QStringLiteral("(u.valid_to IS NULL) = ?"),
                             { { UnitForm::tr("Open and closed"), QVariant() },
                               { UnitForm::tr("Open units"), QVariant(1) },
                               { UnitForm::tr("Closed units"), QVariant(0) } });

        if (auto *view = page->findChild<QTableView *>(QStringLiteral("recordsTableView")))
            view->setItemDelegate(new ClosedUnitDelegate(validToColumn, view));

        // A whole province at once, from the national lists shipped with CDS Desk.
        auto *setUp = new QPushButton(UnitForm::tr("Set up from the national list…"), page);
        setUp->setObjectName(QStringLiteral("setUpFromNationalListButton"));
        QObject::connect(setUp, &QPushButton::clicked, page, [page] {
            const RecordContext &context = page->context();
            if (!context.db.isOpen())
                return;
            UnitSetupDialog dialog(context.db, page);
            if (dialog.exec() != QDialog::Accepted || dialog.savedGroup() == 0)
                return;
            pushChange(context.undoStack, context.db, dialog.savedGroup(), table);
            page->refresh();
        });
        page->addFilterWidget(setUp);
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        UnitForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }

    // A unit already closed has no safer choice left: the message only says what uses it.
    QString safeChoiceLabel(const RecordContext &context, qint64 id) const override
    {
        if (!records::row(context.db, QStringLiteral("admin_unit"), id).value(QStringLiteral("valid_to")).isNull())
            return {};
        return UnitForm::tr("Close the unit with an end date");
    }

    qint64 applySafeChoice(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        CloseUnitForm form(parent, context, id, describe(context, id));
        form.exec();
        return form.savedGroup();
    }
};

} // namespace

std::unique_ptr<RecordKind> createUnitKind()
{
    return std::make_unique<UnitKind>();
}

} // namespace cds

#include "UnitKind.moc"

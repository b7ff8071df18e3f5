#include "records/UnitSetupDialog.h"

#include "common/MessageBox.h"
#include "text/VietnameseText.h"
#include "units/ProvinceSetup.h"
#include "units/UnitCatalogue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cds {

UnitSetupDialog::UnitSetupDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("unitSetupDialog"));
    setWindowTitle(tr("Set up from the national list"));
    m_listCombo = new QComboBox(this);
    m_listCombo->setObjectName(QStringLiteral("unitListComboBox"));
    m_listCombo->addItem(tr("01/07/2025: province and commune (two levels)"), int(units::UnitList::Units2025));
    m_listCombo->addItem(tr("01/03/2025: province, district and commune (before the reform)"),
                         int(units::UnitList::Units2024));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("provinceSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search a province by name or code"));
    m_searchEdit->setClearButtonEnabled(true);
    m_provinceList = new QListWidget(this);
    m_provinceList->setObjectName(QStringLiteral("provinceListWidget"));
    m_planLabel = new QLabel(this);
    m_planLabel->setObjectName(QStringLiteral("setupPlanLabel"));
    m_planLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set up"));

    auto *form = new QFormLayout;
    form->addRow(tr("List:"), m_listCombo);
    form->addRow(tr("Province:"), m_searchEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_provinceList, 1);
    layout->addWidget(m_planLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &UnitSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitSetupDialog::reject);
    connect(m_listCombo, &QComboBox::currentIndexChanged, this, &UnitSetupDialog::fillProvinces);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &UnitSetupDialog::fillProvinces);
    connect(m_provinceList, &QListWidget::currentItemChanged, this, &UnitSetupDialog::showPlan);
    connect(m_provinceList, &QListWidget::itemDoubleClicked, this, &UnitSetupDialog::accept);
    fillProvinces();
    resize(480, 520);
}

void UnitSetupDialog::fillProvinces()
{
    const QString keep = chosenProvince();
    const auto list = units::UnitList(m_listCombo->currentData().toInt());
    const QString wanted = text::searchKey(m_searchEdit->text());
    m_provinceList->clear();
    for (const units::CatalogueUnit &province : units::UnitCatalogue::get(list).provinces()) {
        if (!wanted.isEmpty() && !text::searchKey(province.name).contains(wanted) && !province.code.startsWith(wanted))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(province.name, province.code), m_provinceList);
        item->setData(Qt::UserRole, province.code);
        if (province.code == keep)
            m_provinceList->setCurrentItem(item);
    }
    if (!m_provinceList->currentItem() && m_provinceList->count() == 1)
        m_provinceList->setCurrentRow(0);
    showPlan();
}

QString UnitSetupDialog::chosenProvince() const
{
    const QListWidgetItem *item = m_provinceList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void UnitSetupDialog::showPlan()
{
    const QString code = chosenProvince();
    const auto list = units::UnitList(m_listCombo->currentData().toInt());
    const units::UnitListInfo &info = units::unitListInfo(list);
    if (code.isEmpty()) {
        m_planLabel->setText(tr("Choose a province."));
        return;
    }
    const units::SetupCounts missing = units::missingUnits(m_db, list, code);
    const units::SetupCounts listed = units::listedUnits(list, code);
    if (missing.total() == 0) {
        m_planLabel->setText(tr("All %n unit(s) of this province in the list of %1 are already there.", nullptr,
                                listed.total())
                                     .arg(info.dateText));
        return;
    }
    const QString validity = info.validFrom.isValid()
            ? tr("valid from %1").arg(info.validFrom.toString(QStringLiteral("dd/MM/yyyy")))
            : tr("valid until %1").arg(info.validTo.toString(QStringLiteral("dd/MM/yyyy")));
    m_planLabel->setText(tr("Will create %1 (%2), with their GSO codes, in one step that Undo takes back.")
                                 .arg(units::countsText(missing, list), validity));
}

void UnitSetupDialog::accept()
{
    const QString code = chosenProvince();
    if (code.isEmpty()) {
        m_planLabel->setText(tr("Choose a province."));
        return;
    }
    const auto list = units::UnitList(m_listCombo->currentData().toInt());
    const units::SetupResult result = units::setUpProvince(m_db, list, code);
    if (!result.ok) {
        MessageBox::warning(this, windowTitle(), result.error);
        return;
    }
    m_group = result.changeGroupId;
    QDialog::accept();
}

} // namespace cds

#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "common/AppSettings.h"
#include "database/Database.h"
#include "i18n/Language.h"

#include <QDir>

namespace cds {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Each language under its own name, so a user lost in the other language
    // still finds theirs.
    for (const QString &language : supportedLanguages())
        m_ui->languageComboBox->addItem(languageDisplayName(language), language);
    setLanguage(storedLanguage());

    m_ui->databasePathLabel->setText(QDir::toNativeSeparators(Database::defaultPath()));
    m_ui->settingsPathLabel->setText(QDir::toNativeSeparators(AppSettings().fileName()));
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = m_ui->languageComboBox->findData(language);
    if (index >= 0)
        m_ui->languageComboBox->setCurrentIndex(index);
}

std::optional<QString> SettingsDialog::editSettings(QWidget *parent)
{
    SettingsDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    storeLanguage(dialog.language());
    return dialog.language();
}

} // namespace cds

#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SettingsDialog;
}

namespace cds {

// The user's preferences: the interface language (Tiếng Việt or English),
// with where the database and the settings are kept shown for backups.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // A code from supportedLanguages() ("vi", "en").
    QString language() const;
    void setLanguage(const QString &language);

    // Runs the dialog on the stored language and stores the one chosen.
    // Returns the chosen language, or nothing when the user cancelled.
    static std::optional<QString> editSettings(QWidget *parent);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace cds

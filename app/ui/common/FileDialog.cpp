#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace cds {

namespace {
std::optional<QString> s_nextFileName;

// Qt's own dialog (where the platform has none) opens at a small default
// size; at 1366×768 it gets room for the file names and dates. A native
// dialog ignores the size.
QString runDialog(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                  QFileDialog::AcceptMode mode, QFileDialog::FileMode fileMode)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(fileMode);
    if (fileMode == QFileDialog::Directory)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.resize(900, 560);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

std::optional<QString> takeNextFileName()
{
    auto next = s_nextFileName;
    s_nextFileName.reset();
    return next;
}
} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (const auto next = takeNextFileName())
        return *next;
    return runDialog(parent, caption, dir, filter, QFileDialog::AcceptOpen, QFileDialog::ExistingFile);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (const auto next = takeNextFileName())
        return *next;
    return runDialog(parent, caption, dir, filter, QFileDialog::AcceptSave, QFileDialog::AnyFile);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (const auto next = takeNextFileName())
        return *next;
    return runDialog(parent, caption, dir, QString(), QFileDialog::AcceptOpen, QFileDialog::Directory);
}

bool FileDialog::hasNextFileName()
{
    return s_nextFileName.has_value();
}

void FileDialog::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

} // namespace cds

#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace cds {

namespace {
std::optional<QString> s_nextFileName;

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
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (const auto next = takeNextFileName())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (const auto next = takeNextFileName())
        return *next;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

} // namespace cds

#pragma once

#include <QString>

class QWidget;

namespace cds {

// File dialogs that a test can answer in advance (after KeePassXC's FileDialog).
class FileDialog
{
public:
    // Returns the chosen path, or an empty string when cancelled.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    // A folder; an empty string when cancelled.
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir);

    // The next dialog is not shown and returns path (one shot); an empty
    // path answers "cancelled".
    static void setNextFileName(const QString &path);
    // Whether the next dialog is answered in advance.
    static bool hasNextFileName();
};

} // namespace cds

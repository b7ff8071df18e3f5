#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cds::test {

// What a run of the cdsdesk executable printed and returned.
struct CliResult
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;       // "timed out" when it did not finish
};

// The environment of a headless run: no display, no platform override (the
// app must choose offscreen itself), and HOME and the XDG folders under home
// so the user's own settings and data stay out of the test.
QProcessEnvironment headlessEnvironment(const QString &home);

// Runs executable with arguments in headlessEnvironment(home), waiting at most timeoutMs.
CliResult runCdsDesk(const QString &executable, const QStringList &arguments, const QString &home,
                     int timeoutMs = 120000);

} // namespace cds::test

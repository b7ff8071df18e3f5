#pragma once

#include "report/ReportRenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>

namespace cds {

// Text measured in points with the family the PDF uses (metric-compatible with
// Times New Roman), to size the rules and break the letterhead as the PDF does.
class TextMeasure
{
public:
    TextMeasure() : m_family(ReportRenderer::resolvedFontFamily()) {}

    QFont font(double pt, bool bold = false, bool italic = false) const
    {
        QFont font(m_family);
        font.setPixelSize(qRound(pt * kScale)); // a pixel per 1/20 pt: no screen resolution
        font.setBold(bold);
        font.setItalic(italic);
        font.setHintingPreference(QFont::PreferNoHinting);
        return font;
    }
    double width(const QString &text, double pt, bool bold = false, bool italic = false) const
    {
        return QFontMetricsF(font(pt, bold, italic)).horizontalAdvance(text) / kScale;
    }
    double ascent(double pt) const { return QFontMetricsF(font(pt)).ascent() / kScale; }
    double inkHeight(double pt) const
    {
        const QFontMetricsF metrics(font(pt));
        return (metrics.ascent() + metrics.descent()) / kScale;
    }
    // Single line spacing below the descent (the font's line gap).
    double lineGap(double pt) const
    {
        const QFontMetricsF metrics(font(pt));
        return (metrics.lineSpacing() - metrics.ascent() - metrics.descent()) / kScale;
    }

    // Words broken greedily into lines of at most widthPt.
    QStringList wrap(const QString &text, double pt, bool bold, double widthPt) const
    {
        QStringList lines;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && width(lines.last() + u' ' + word, pt, bold) <= widthPt)
                lines.last() += u' ' + word;
            else
                lines << word;
        }
        return lines;
    }
    // As the PDF's centred blocks: the narrowest width keeping the greedy line count.
    QStringList balanced(const QString &text, double pt, bool bold, double widthPt) const
    {
        const QStringList greedy = wrap(text, pt, bold, widthPt);
        if (greedy.size() <= 1)
            return greedy;
        double low = widthPt / greedy.size();
        double high = widthPt;
        while (high - low > 1) {
            const double middle = (low + high) / 2;
            (wrap(text, pt, bold, middle).size() <= greedy.size() ? high : low) = middle;
        }
        return wrap(text, pt, bold, high);
    }
    double widest(const QStringList &lines, double pt, bool bold) const
    {
        double result = 0;
        for (const QString &line : lines)
            result = std::max(result, width(line, pt, bold));
        return result;
    }

private:
    static constexpr double kScale = 20;
    QString m_family;
};

} // namespace cds

#include "report/ReportTemplate.h"

#include <QFile>

#if defined(__GNUC__)
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Wshadow"
#  pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include <kainjow/mustache.hpp>
#if defined(__GNUC__)
#  pragma GCC diagnostic pop
#endif

namespace cds {

namespace {

namespace mstch = kainjow::mustache;

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nfc(QString::fromUtf8(file.readAll()));
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// QVariant tree -> Mustache data. An empty string or list is false, so that
// {{#field}}…{{/field}} leaves out what the data does not have.
mstch::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mstch::data object(mstch::data::type::object);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(utf8(it.key()), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = value.toList();
        if (list.isEmpty())
            return mstch::data(false);
        mstch::data items(mstch::data::type::list);
        for (const QVariant &item : list)
            items.push_back(toData(item));
        return items;
    }
    case QMetaType::Bool:
        return mstch::data(value.toBool());
    case QMetaType::UnknownType:
        return mstch::data(false);
    default: {
        const QString text = value.toString();
        if (text.isEmpty())
            return mstch::data(false);
        return mstch::data(utf8(text));
    }
    }
}

} // namespace

QString defaultReportBody()
{
    return resourceText(QStringLiteral(":/report/default-body.mustache"));
}

QString defaultReportSubject()
{
    return QStringLiteral("Về hưởng ứng {{campaign.name}}\n{{#campaign.province}}trên địa bàn {{campaign.province}}{{/campaign.province}}");
}

QString defaultTemplateName()
{
    return QStringLiteral("Báo cáo Ngày Chuyển đổi số quốc gia (mẫu 2022)");
}

bool renderTemplate(const QString &source, const QVariantMap &context, QString *out, QString *error)
{
    mstch::mustache tmpl(utf8(nfc(source)));
    if (!tmpl.is_valid()) {
        if (error)
            *error = QString::fromStdString(tmpl.error_message());
        return false;
    }
    // The output is a document, not HTML: nothing is escaped.
    tmpl.set_custom_escape([](const std::string &text) { return text; });
    const std::string rendered = tmpl.render(toData(context));
    if (!tmpl.is_valid()) {
        if (error)
            *error = QString::fromStdString(tmpl.error_message());
        return false;
    }
    if (out)
        *out = nfc(QString::fromStdString(rendered));
    return true;
}

namespace {

// The marks of one line: its characters with the escaped asterisks ("\\*")
// turned into plain ones, and which positions are still marks.
struct MarkedText
{
    QString text;
    QList<bool> mark;

    bool isMark(qsizetype i, qsizetype end) const { return i < end && mark.at(i); }
    // The first run of exactly `count` marks at or after from (before end), or -1.
    qsizetype findMarks(qsizetype from, qsizetype end, int count) const
    {
        for (qsizetype i = from; i + count <= end; ++i) {
            bool all = true;
            for (int k = 0; k < count && all; ++k)
                all = mark.at(i + k);
            if (all)
                return i;
        }
        return -1;
    }
};

void appendRuns(const MarkedText &m, qsizetype from, qsizetype end, bool italic, bool bold, QList<TextRun> *runs)
{
    QString plain;
    const auto flushPlain = [&] {
        if (!plain.isEmpty())
            *runs << TextRun{plain, italic, bold};
        plain.clear();
    };
    qsizetype pos = from;
    while (pos < end) {
        if (!m.isMark(pos, end)) {
            plain += m.text.at(pos++);
            continue;
        }
        int count = 1;
        while (count < 3 && m.isMark(pos + count, end))
            ++count;
        // ***bold italic***, then **bold** (italic may nest inside), then *italic*.
        bool matched = false;
        for (int n = count; n >= 1 && !matched; --n) {
            const qsizetype close = m.findMarks(pos + n, end, n);
            if (close <= pos + n)
                continue;
            flushPlain();
            appendRuns(m, pos + n, close, italic || n != 2, bold || n >= 2, runs);
            pos = close + n;
            matched = true;
        }
        if (!matched)
            plain += m.text.at(pos++);
    }
    flushPlain();
}

// Neighbouring runs of one style become one run.
QList<TextRun> mergedRuns(const QList<TextRun> &runs)
{
    QList<TextRun> merged;
    for (const TextRun &run : runs) {
        if (!merged.isEmpty() && merged.last().italic == run.italic && merged.last().bold == run.bold)
            merged.last().text += run.text;
        else
            merged << run;
    }
    return merged;
}

} // namespace

QList<TextRun> parseMarkedRuns(const QString &source)
{
    MarkedText m;
    const QString text = nfc(source);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            m.text += u'*';
            m.mark << false;
            ++i;
            continue;
        }
        m.text += text.at(i);
        m.mark << (text.at(i) == u'*');
    }
    QList<TextRun> runs;
    appendRuns(m, 0, m.text.size(), false, false, &runs);
    return mergedRuns(runs);
}

QString markRuns(const QList<TextRun> &runs)
{
    QString out;
    for (const TextRun &run : mergedRuns(runs)) {
        if (run.text.isEmpty())
            continue;
        QString text = run.text;
        text.replace(QStringLiteral("*"), QStringLiteral("\\*"));
        const QString mark = run.bold && run.italic ? QStringLiteral("***")
                             : run.bold             ? QStringLiteral("**")
                             : run.italic           ? QStringLiteral("*")
                                                    : QString();
        out += mark + text + mark;
    }
    return out;
}

QList<DocumentBlock> parseBodyMarkup(const QString &markup)
{
    QList<DocumentBlock> blocks;
    for (const QString &rawLine : nfc(markup).split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        DocumentBlock block;
        QString text = line;
        if (line.startsWith(QStringLiteral("## "))) {
            block.kind = DocumentBlock::Kind::ClauseHeading;
            text = line.mid(3);
        } else if (line.startsWith(QStringLiteral("# "))) {
            block.kind = DocumentBlock::Kind::SectionHeading;
            text = line.mid(2);
        } else if (line.startsWith(QStringLiteral("- "))) {
            block.kind = DocumentBlock::Kind::Bullet;
            text = line.mid(2);
        } else if (line.startsWith(QStringLiteral("\\#"))) {
            text = line.mid(1); // a paragraph that starts with "#"
        }
        block.runs = takeFigureMarks(parseMarkedRuns(text.trimmed()));
        blocks << block;
    }
    return blocks;
}

// ---------------------------------------------------------------------------
// Figure marks (see ReportTemplate.h).

namespace {

constexpr char16_t kFigureOpen = 0xFDD0;  // then the key
constexpr char16_t kFigureValue = 0xFDD1; // then the value
constexpr char16_t kFigureClose = 0xFDD2;

bool isFigureMark(QChar c)
{
    return c.unicode() == kFigureOpen || c.unicode() == kFigureValue || c.unicode() == kFigureClose;
}

QVariant strippedTree(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
        return stripFigureMarks(value.toMap());
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = strippedTree(item);
        return list;
    }
    case QMetaType::QStringList: {
        QStringList list = value.toStringList();
        for (QString &item : list)
            item = stripFigureMarks(item);
        return list;
    }
    case QMetaType::QString:
        return stripFigureMarks(value.toString());
    default:
        return value;
    }
}

} // namespace

QString markFigure(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return value;
    return QChar(kFigureOpen) + key + QChar(kFigureValue) + value + QChar(kFigureClose);
}

QString stripFigureMarks(const QString &text)
{
    if (!text.contains(QChar(kFigureOpen)) && !text.contains(QChar(kFigureValue))
        && !text.contains(QChar(kFigureClose)))
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c.unicode() == kFigureOpen) {
            // Skip the key: up to the value mark (or, malformed, the next mark).
            ++pos;
            while (pos < text.size() && !isFigureMark(text.at(pos)))
                ++pos;
            if (pos < text.size() && text.at(pos).unicode() == kFigureValue)
                ++pos;
            continue;
        }
        if (!isFigureMark(c))
            result += c;
        ++pos;
    }
    return result;
}

QVariantMap stripFigureMarks(const QVariantMap &context)
{
    QVariantMap result = context;
    for (auto it = result.begin(); it != result.end(); ++it)
        it.value() = strippedTree(it.value());
    return result;
}

QList<TextRun> takeFigureMarks(const QList<TextRun> &runs)
{
    QList<TextRun> result;
    // A figure may cross runs (a value with *…* in it): the key holds until its close mark.
    QString key;
    bool inKey = false;
    for (const TextRun &run : runs) {
        TextRun piece = run;
        piece.text.clear();
        piece.figureKey = key;
        const auto flush = [&] {
            if (!piece.text.isEmpty())
                result << piece;
            piece.text.clear();
            piece.figureKey = key;
        };
        for (const QChar c : run.text) {
            if (c.unicode() == kFigureOpen) {
                flush();
                key.clear();
                inKey = true;
            } else if (c.unicode() == kFigureValue) {
                inKey = false;
                piece.figureKey = key;
            } else if (c.unicode() == kFigureClose) {
                flush();
                key.clear();
                inKey = false;
                piece.figureKey.clear();
            } else if (inKey) {
                key += c;
            } else {
                piece.text += c;
            }
        }
        flush();
    }
    return result;
}

} // namespace cds

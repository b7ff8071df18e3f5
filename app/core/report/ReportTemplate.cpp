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

QList<TextRun> parseMarkedRuns(const QString &source)
{
    QList<TextRun> runs;
    const QString text = nfc(source);
    QString plain;
    const auto flushPlain = [&] {
        if (!plain.isEmpty())
            runs << TextRun{plain, false, false};
        plain.clear();
    };
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text.at(pos) != u'*') {
            plain += text.at(pos++);
            continue;
        }
        const bool doubled = pos + 1 < text.size() && text.at(pos + 1) == u'*';
        if (doubled) {
            const qsizetype close = text.indexOf(QStringLiteral("**"), pos + 2);
            if (close > pos + 2) {
                flushPlain();
                // Italic inside bold keeps its marks' meaning.
                for (TextRun run : parseMarkedRuns(text.mid(pos + 2, close - pos - 2))) {
                    run.bold = true;
                    runs << run;
                }
                pos = close + 2;
                continue;
            }
        }
        const qsizetype close = text.indexOf(u'*', pos + 1);
        if (close > pos + 1) {
            flushPlain();
            runs << TextRun{text.mid(pos + 1, close - pos - 1), true, false};
            pos = close + 1;
            continue;
        }
        plain += text.at(pos++);
    }
    flushPlain();
    return runs;
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
        }
        block.runs = parseMarkedRuns(text.trimmed());
        blocks << block;
    }
    return blocks;
}

} // namespace cds

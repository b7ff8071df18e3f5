#include "report/OdtRules.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace cds {

namespace {

const QString kDrawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kSvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

QString mm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("mm");
}

QString styleName(qsizetype index)
{
    return QStringLiteral("CdsRule%1").arg(index + 1);
}

} // namespace

bool addOdtRules(QByteArray *content, const QList<OdtRule> &rules, QString *why)
{
    if (rules.isEmpty())
        return true;
    QByteArray out;
    QXmlStreamWriter writer(&out);
    QXmlStreamReader reader(*content);
    reader.setNamespaceProcessing(false);
    QList<bool> placed(rules.size(), false);
    int depth = 0;
    int paragraphDepth = 0; // of the outermost text:p being read
    QString paragraphText;
    bool rootDone = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument();
            break;
        case QXmlStreamReader::EndDocument:
            writer.writeEndDocument();
            break;
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QString name = reader.qualifiedName().toString();
            writer.writeStartElement(name);
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                writer.writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
            if (!rootDone) {
                // The shapes' namespaces, declared on the root if Qt did not
                // (without namespace processing, declarations read as attributes).
                rootDone = true;
                for (const auto &[prefix, uri] : { std::pair{ QStringLiteral("draw"), kDrawNs }, std::pair{ QStringLiteral("svg"), kSvgNs } }) {
                    if (!reader.attributes().hasAttribute(QStringLiteral("xmlns:") + prefix))
                        writer.writeAttribute(QStringLiteral("xmlns:") + prefix, uri);
                }
            }
            if (name == QStringLiteral("text:p") && paragraphDepth == 0) {
                paragraphDepth = depth;
                paragraphText.clear();
            } else if (paragraphDepth > 0 && name == QStringLiteral("text:line-break")) {
                paragraphText += u'\n';
            } else if (paragraphDepth > 0 && name == QStringLiteral("text:s")) {
                paragraphText += QString(qMax(1, reader.attributes().value(QStringLiteral("text:c")).toInt()), u' ');
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth == 2 && reader.qualifiedName() == QStringLiteral("office:automatic-styles")) {
                for (qsizetype i = 0; i < rules.size(); ++i) {
                    writer.writeStartElement(QStringLiteral("style:style"));
                    writer.writeAttribute(QStringLiteral("style:name"), styleName(i));
                    writer.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
                    writer.writeEmptyElement(QStringLiteral("style:graphic-properties"));
                    writer.writeAttribute(QStringLiteral("draw:stroke"), QStringLiteral("solid"));
                    writer.writeAttribute(QStringLiteral("svg:stroke-width"), mm(rules.at(i).widthPt * 25.4 / 72));
                    writer.writeAttribute(QStringLiteral("svg:stroke-color"), QStringLiteral("#000000"));
                    writer.writeAttribute(QStringLiteral("draw:fill"), QStringLiteral("none"));
                    writer.writeAttribute(QStringLiteral("style:wrap"), QStringLiteral("run-through"));
                    writer.writeAttribute(QStringLiteral("style:run-through"), QStringLiteral("foreground"));
                    writer.writeAttribute(QStringLiteral("style:vertical-pos"), QStringLiteral("from-top"));
                    writer.writeAttribute(QStringLiteral("style:vertical-rel"), QStringLiteral("paragraph"));
                    writer.writeAttribute(QStringLiteral("style:horizontal-pos"), QStringLiteral("from-left"));
                    writer.writeAttribute(QStringLiteral("style:horizontal-rel"), QStringLiteral("paragraph"));
                    writer.writeEndElement(); // style:style
                }
            }
            if (depth == paragraphDepth) {
                for (qsizetype i = 0; i < rules.size(); ++i) {
                    const OdtRule &rule = rules.at(i);
                    if (placed.at(i) || !paragraphText.trimmed().endsWith(rule.paragraphEnd))
                        continue;
                    placed[i] = true;
                    writer.writeEmptyElement(QStringLiteral("draw:line"));
                    writer.writeAttribute(QStringLiteral("draw:style-name"), styleName(i));
                    writer.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("paragraph"));
                    writer.writeAttribute(QStringLiteral("draw:z-index"), QString::number(i));
                    writer.writeAttribute(QStringLiteral("svg:x1"), mm(rule.xMm));
                    writer.writeAttribute(QStringLiteral("svg:y1"), mm(rule.yMm));
                    writer.writeAttribute(QStringLiteral("svg:x2"), mm(rule.xMm + rule.lengthMm));
                    writer.writeAttribute(QStringLiteral("svg:y2"), mm(rule.yMm));
                    break;
                }
                paragraphDepth = 0;
            }
            writer.writeEndElement();
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (paragraphDepth > 0)
                paragraphText += reader.text();
            writer.writeCharacters(reader.text().toString());
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *why = reader.errorString();
        return false;
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!placed.at(i)) {
            *why = QStringLiteral("no paragraph for the rule under “%1”").arg(rules.at(i).paragraphEnd);
            return false;
        }
    }
    *content = out;
    return true;
}

} // namespace cds

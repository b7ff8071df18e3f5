#include "ReportBodyEdit.h"

#include "report/ReportRenderer.h"
#include "report/ReportTemplate.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextObjectInterface>
#include <QToolTip>

namespace cds {

namespace {

constexpr int ChipObjectType = QTextFormat::UserObject + 1;
constexpr int TagProperty = QTextFormat::UserProperty + 1;
constexpr int BlockKindProperty = QTextFormat::UserProperty + 2;
// Copy and paste between report bodies keeps chips and styles.
const QString MarkupMimeType = QStringLiteral("application/x-cdsdesk-report-markup");
// A chip longer than this shows its start and an ellipsis (the tooltip has it all).
constexpr int ChipMaxChars = 48;

const QRegularExpression &tagPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{.*?\\}\\}"));
    return pattern;
}

bool isChip(const QTextCharFormat &format)
{
    return format.objectType() == ChipObjectType;
}

// "{{#teams.levels}}" -> ('#', "teams.levels"); "{{teams.total}}" -> (0, "teams.total").
std::pair<QChar, QString> splitTag(const QString &tag)
{
    QString inner = tag.mid(2, tag.size() - 4).trimmed();
    QChar sigil;
    if (!inner.isEmpty() && QStringLiteral("#^/!&>").contains(inner.at(0))) {
        sigil = inner.at(0);
        inner = inner.mid(1).trimmed();
    }
    return { sigil, inner };
}

QString elided(const QString &text)
{
    return text.size() > ChipMaxChars ? text.left(ChipMaxChars - 1) + QChar(0x2026) : text;
}

} // namespace

// Draws the chips: a rounded, tinted box with the value (or the name) in the
// chip's own font, so a bold or italic field looks bold or italic.
class ReportBodyEdit::ChipPainter : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChipPainter(ReportBodyEdit *edit) : QObject(edit), m_edit(edit) { }

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override
    {
        const QFontMetricsF metrics(chipFont(document, format),
                                    document->documentLayout()->paintDevice());
        const ChipView view = m_edit->chipView(position);
        return { metrics.horizontalAdvance(view.text) + 2 * padding(metrics), metrics.height() };
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override
    {
        const QFont font = chipFont(document, format);
        const QFontMetricsF metrics(font, document->documentLayout()->paintDevice());
        const ChipView view = m_edit->chipView(position);
        QColor fill(0xe3, 0xee, 0xfc), border(0x8d, 0xb0, 0xe0), ink(0x12, 0x3f, 0x86);
        if (view.control) {
            fill = QColor(0xf3, 0xee, 0xe0);
            border = QColor(0xc9, 0xb8, 0x8a);
            ink = QColor(0x6b, 0x55, 0x1e);
        } else if (!view.resolved) {
            fill = QColor(0xee, 0xee, 0xee);
            border = QColor(0xa8, 0xa8, 0xa8);
            ink = QColor(0x44, 0x44, 0x44);
        }
        // Translucent, so that a selection behind the chip shows through.
        fill.setAlpha(190);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(border, 1);
        if (!view.resolved && !view.control)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(fill);
        const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
        painter->drawRoundedRect(box, 4, 4);
        painter->setFont(font);
        painter->setPen(ink);
        painter->drawText(QPointF(rect.left() + padding(metrics), rect.top() + metrics.ascent()),
                          view.text);
        painter->restore();
    }

private:
    static qreal padding(const QFontMetricsF &metrics) { return metrics.height() / 5; }
    // The body's font, a little smaller so that the box fits the line, bold
    // or italic as the text around it.
    static QFont chipFont(const QTextDocument *document, const QTextFormat &format)
    {
        const QTextCharFormat text = format.toCharFormat();
        QFont font = document->defaultFont();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setBold(text.fontWeight() >= QFont::Bold);
        font.setItalic(text.fontItalic());
        return font;
    }

    ReportBodyEdit *m_edit;
};

ReportBodyEdit::ReportBodyEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    m_painter = new ChipPainter(this);
    document()->documentLayout()->registerHandler(ChipObjectType, m_painter);
    QFont font(ReportRenderer::resolvedFontFamily());
    font.setPointSize(13);
    document()->setDefaultFont(font);
    document()->setDocumentMargin(12);
    connect(document(), &QTextDocument::contentsChange, this, [this] {
        m_chipsStale = true;
        viewport()->update();
    });
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        // Typing next to a chip writes text, not another chip. (With a
        // selection this would restyle the selection: left alone.)
        QTextCharFormat format = currentCharFormat();
        if (isChip(format) && !textCursor().hasSelection()) {
            QTextCharFormat plain;
            plain.setFontWeight(format.fontWeight());
            plain.setFontItalic(format.fontItalic());
            setCurrentCharFormat(plain);
        }
        emit currentStyleChanged();
    });
    connect(this, &QTextEdit::currentCharFormatChanged, this, &ReportBodyEdit::currentStyleChanged);
}

ReportBodyEdit::~ReportBodyEdit()
{
    document()->documentLayout()->unregisterHandler(ChipObjectType, m_painter);
}

void ReportBodyEdit::setMarkup(const QString &markup)
{
    QTextDocument *doc = document();
    doc->setUndoRedoEnabled(false);
    doc->clear();
    QTextCursor cursor(doc);
    styleBlock(cursor, BlockKind::Paragraph);
    insertMarkupAt(cursor, markup);
    doc->setUndoRedoEnabled(true);
    doc->setModified(false);
    moveCursor(QTextCursor::Start);
    m_chipsStale = true;
}

namespace {

struct Piece
{
    QString text;
    bool bold = false;
    bool italic = false;
};

// The markup of the characters [from, to) of doc; block kinds are written for
// blocks that start inside the range.
QString markupOf(const QTextDocument *doc, int from, int to)
{
    QStringList lines;
    for (QTextBlock block = doc->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        const auto kind =
                ReportBodyEdit::BlockKind(block.blockFormat().intProperty(BlockKindProperty));
        const bool heading = kind != ReportBodyEdit::BlockKind::Paragraph;
        QString line;
        if (block.position() >= from) {
            if (kind == ReportBodyEdit::BlockKind::SectionHeading)
                line = QStringLiteral("# ");
            else if (kind == ReportBodyEdit::BlockKind::ClauseHeading)
                line = QStringLiteral("## ");
        }
        QList<TextRun> runs;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int start = std::max(from, fragment.position());
            const int end = std::min(to, fragment.position() + fragment.length());
            if (start >= end)
                continue;
            const QTextCharFormat format = fragment.charFormat();
            // A heading is bold in print whatever its characters say.
            const bool bold = !heading && format.fontWeight() >= QFont::Bold;
            const bool italic = format.fontItalic();
            const QString text = fragment.text().mid(start - fragment.position(), end - start);
            for (const QChar ch : text) {
                // A chip is the object character with the chip format; any
                // other object character (pasted from elsewhere) is dropped.
                if (ch != QChar::ObjectReplacementCharacter)
                    runs << TextRun{ QString(ch), italic, bold };
                else if (isChip(format))
                    runs << TextRun{ format.stringProperty(TagProperty), italic, bold };
            }
        }
        // Tags hold no asterisk, so escaping the text leaves them as they are.
        QString text = markRuns(runs);
        // A paragraph that starts with "#" (pasted, typed) is not a heading: "\#".
        if (!heading && block.position() >= from && text.startsWith(u'#'))
            text.prepend(u'\\');
        line += text;
        lines << line;
    }
    return lines.join(u'\n').normalized(QString::NormalizationForm_C);
}

} // namespace

QString ReportBodyEdit::markup() const
{
    // Up to and with the last block, empty or not.
    return markupOf(document(), 0, document()->characterCount());
}

void ReportBodyEdit::setContext(const QVariantMap &context)
{
    m_context = context;
    m_chipsStale = true;
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

void ReportBodyEdit::insertMarkup(const QString &markup)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    insertMarkupAt(cursor, markup);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void ReportBodyEdit::insertMarkupAt(QTextCursor &cursor, const QString &markup)
{
    const QStringList lines = markup.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        std::optional<BlockKind> kind;
        if (line.startsWith(QStringLiteral("## "))) {
            kind = BlockKind::ClauseHeading;
            line = line.mid(3);
        } else if (line.startsWith(QStringLiteral("# "))) {
            kind = BlockKind::SectionHeading;
            line = line.mid(2);
        } else if (line.startsWith(QStringLiteral("\\#"))) {
            line = line.mid(1); // a paragraph that starts with "#"
        }
        if (i > 0) {
            cursor.insertBlock();
            styleBlock(cursor, kind.value_or(BlockKind::Paragraph));
        } else if (kind && cursor.atBlockStart()) {
            styleBlock(cursor, *kind);
        } else if (kind) {
            line = lines.at(i); // inside a line, "# " is text
        }
        const bool heading = BlockKind(cursor.blockFormat().intProperty(BlockKindProperty))
                != BlockKind::Paragraph;
        for (const TextRun &run : parseMarkedRuns(line)) {
            QTextCharFormat format;
            format.setFontWeight(run.bold || heading ? QFont::Bold : QFont::Normal);
            format.setFontItalic(run.italic);
            qsizetype pos = 0;
            for (auto m = tagPattern().globalMatch(run.text); m.hasNext();) {
                const auto match = m.next();
                if (match.capturedStart() > pos)
                    cursor.insertText(run.text.mid(pos, match.capturedStart() - pos), format);
                QTextCharFormat chip = format;
                chip.setObjectType(ChipObjectType);
                chip.setProperty(TagProperty, match.captured());
                chip.setVerticalAlignment(QTextCharFormat::AlignBaseline);
                chip.setToolTip(QString());
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), chip);
                pos = match.capturedEnd();
            }
            if (pos < run.text.size())
                cursor.insertText(run.text.mid(pos), format);
        }
    }
    m_chipsStale = true;
}

void ReportBodyEdit::styleBlock(QTextCursor &cursor, BlockKind kind)
{
    QTextBlockFormat block = cursor.blockFormat();
    block.setProperty(BlockKindProperty, int(kind));
    // Left-aligned while editing: a justified line around wide fields opens
    // large gaps; the preview and the print are justified (Decree 30, App. I, item 11).
    block.setAlignment(Qt::AlignLeft);
    // The first-line indent and spacing of the printed page (Decree 30, App. I, item 11), at screen
    // size.
    const qreal em = QFontMetricsF(document()->defaultFont()).height();
    block.setTextIndent(em * 1.6);
    block.setTopMargin(kind == BlockKind::SectionHeading ? em * 0.5 : em * 0.15);
    block.setBottomMargin(em * 0.15);
    cursor.setBlockFormat(block);
    QTextCharFormat weight;
    weight.setFontWeight(kind == BlockKind::Paragraph ? QFont::Normal : QFont::Bold);
    QTextCursor whole(cursor.block());
    whole.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    if (kind != BlockKind::Paragraph) {
        whole.mergeCharFormat(weight);
    } else if (whole.hasSelection()) {
        // Back to a paragraph: the heading's bold goes; bold the clerk set inside a
        // paragraph is not known any more (headings are bold throughout).
        whole.mergeCharFormat(weight);
    }
    QTextCharFormat blockChar = cursor.blockCharFormat();
    blockChar.setFontWeight(weight.fontWeight());
    cursor.setBlockCharFormat(blockChar);
    if (cursor.position() == cursor.block().position() + cursor.block().length() - 1) {
        QTextCharFormat typing = cursor.charFormat();
        if (isChip(typing))
            typing = QTextCharFormat();
        typing.setFontWeight(weight.fontWeight());
        cursor.setCharFormat(typing);
    }
}

ReportBodyEdit::BlockKind ReportBodyEdit::blockKind() const
{
    return BlockKind(textCursor().blockFormat().intProperty(BlockKindProperty));
}

void ReportBodyEdit::setBlockKind(BlockKind kind)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor at(block);
        styleBlock(at, kind);
        if (block == last)
            break;
    }
    cursor.endEditBlock();
    emit currentStyleChanged();
}

void ReportBodyEdit::toggleBullet()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    const bool remove = first.text().startsWith(QStringLiteral("- "));
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor at(block);
        if (BlockKind(block.blockFormat().intProperty(BlockKindProperty)) != BlockKind::Paragraph)
            styleBlock(at, BlockKind::Paragraph);
        const bool has = block.text().startsWith(QStringLiteral("- "));
        if (remove && has) {
            at.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 2);
            at.removeSelectedText();
        } else if (!remove && !has) {
            at.insertText(QStringLiteral("- "), QTextCharFormat());
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void ReportBodyEdit::toggleBold()
{
    if (isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontWeight(currentCharFormat().fontWeight() >= QFont::Bold ? QFont::Normal
                                                                         : QFont::Bold);
    mergeCurrentCharFormat(format);
    emit currentStyleChanged();
}

void ReportBodyEdit::toggleItalic()
{
    if (isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontItalic(!currentCharFormat().fontItalic());
    mergeCurrentCharFormat(format);
    emit currentStyleChanged();
}

bool ReportBodyEdit::checkSections(QString *message, int *position) const
{
    struct Open
    {
        QString name;
        int position;
    };
    QList<Open> open;
    // Paragraphs are counted as the clerk sees them, from 1 (a long one wraps on several lines).
    const auto lineOf = [this](int pos) { return document()->findBlock(pos).blockNumber() + 1; };
    const auto fail = [&](int pos, const QString &text) {
        if (message)
            *message = text;
        if (position)
            *position = pos;
        return false;
    };
    // The tags in document order: the chips, and tags typed or pasted as text
    // (they become fields when the body is saved).
    QList<std::pair<int, QString>> tags;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString fragmentText = fragment.text();
            if (isChip(fragment.charFormat())) {
                for (int i = 0; i < fragment.length(); ++i) {
                    if (fragmentText.at(i) == QChar::ObjectReplacementCharacter)
                        tags.append({ fragment.position() + i, fragment.charFormat().stringProperty(TagProperty) });
                }
                continue;
            }
            for (auto m = tagPattern().globalMatch(fragmentText); m.hasNext();) {
                const auto match = m.next();
                tags.append({ fragment.position() + int(match.capturedStart()), match.captured() });
            }
        }
    }
    for (const auto &[pos, tag] : std::as_const(tags)) {
        const auto [sigil, path] = splitTag(tag);
        if (sigil == u'#' || sigil == u'^') {
            open << Open{ path, pos };
        } else if (sigil == u'/') {
            if (open.isEmpty())
                return fail(pos, tr("The ◂ in paragraph %1 ends the part “%2”, which was never started (▸).")
                                         .arg(lineOf(pos))
                                         .arg(fieldLabel(path)));
            if (open.last().name != path)
                return fail(open.last().position,
                            tr("The part “%1” started (▸) in paragraph %2 must end (◂) before the part that "
                               "encloses it ends in paragraph %3.")
                                    .arg(fieldLabel(open.last().name))
                                    .arg(lineOf(open.last().position))
                                    .arg(lineOf(pos)));
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return fail(open.last().position,
                    tr("The part “%1” started (▸) in paragraph %2 is never ended (◂).")
                            .arg(fieldLabel(open.last().name))
                            .arg(lineOf(open.last().position)));
    return true;
}

QString ReportBodyEdit::chipTextAt(int position) const
{
    return chipView(position).text;
}

QString ReportBodyEdit::chipTagAt(int position) const
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    const QTextCharFormat format = cursor.charFormat();
    if (!isChip(format) || cursor.selectedText() != QString(QChar::ObjectReplacementCharacter))
        return {};
    return format.stringProperty(TagProperty);
}

namespace {

QVariant lookupIn(const QVariant &scope, const QStringList &parts, bool *found)
{
    QVariant value = scope;
    for (const QString &part : parts) {
        if (value.typeId() != QMetaType::QVariantMap || !value.toMap().contains(part)) {
            *found = false;
            return {};
        }
        value = value.toMap().value(part);
    }
    *found = true;
    return value;
}

} // namespace

QString ReportBodyEdit::fieldLabel(const QString &path) const
{
    const QVariantMap labels = m_context.value(QStringLiteral("figure_labels")).toMap();
    // Names of the template's fields and sections as the clerk reads them.
    static const QHash<QString, const char *> names{
        { QStringLiteral("campaign.name"), QT_TR_NOOP("campaign name") },
        { QStringLiteral("campaign.year"), QT_TR_NOOP("campaign year") },
        { QStringLiteral("campaign.province"), QT_TR_NOOP("province") },
        { QStringLiteral("campaign.day_name"), QT_TR_NOOP("name of the day") },
        { QStringLiteral("campaign.province_type_word"), QT_TR_NOOP("“tỉnh” or “thành phố”") },
        { QStringLiteral("campaign.has_districts"), QT_TR_NOOP("the province has districts") },
        { QStringLiteral("campaign.plan_reference"), QT_TR_NOOP("plan reference") },
        { QStringLiteral("campaign.plan_subject"), QT_TR_NOOP("plan subject") },
        { QStringLiteral("campaign.guidance_reference"), QT_TR_NOOP("guidance reference") },
        { QStringLiteral("campaign.guidance_subject"), QT_TR_NOOP("guidance subject") },
        { QStringLiteral("issuing_body_name"), QT_TR_NOOP("issuing body") },
        { QStringLiteral("main_event"), QT_TR_NOOP("main event") },
        { QStringLiteral("named"), QT_TR_NOOP("event with its name") },
        { QStringLiteral("kind"), QT_TR_NOOP("kind of event") },
        { QStringLiteral("theme"), QT_TR_NOOP("theme") },
        { QStringLiteral("time_of_day"), QT_TR_NOOP("time of day") },
        { QStringLiteral("date"), QT_TR_NOOP("date") },
        { QStringLiteral("mode"), QT_TR_NOOP("form (in person, online)") },
        { QStringLiteral("chair"), QT_TR_NOOP("chaired by") },
        { QStringLiteral("in_person"), QT_TR_NOOP("attendance in person") },
        { QStringLiteral("in_person_description"), QT_TR_NOOP("who attended in person") },
        { QStringLiteral("has_online"), QT_TR_NOOP("attendance online") },
        { QStringLiteral("sites"), QT_TR_NOOP("connected sites") },
        { QStringLiteral("online_description"), QT_TR_NOOP("who attended online") },
        { QStringLiteral("online"), QT_TR_NOOP("attendance online") },
        { QStringLiteral("livestream_views"), QT_TR_NOOP("livestream views") },
        { QStringLiteral("livestream_platform"), QT_TR_NOOP("livestream platform") },
        { QStringLiteral("presentations_clause"), QT_TR_NOOP("there are presentations") },
        { QStringLiteral("presentations"), QT_TR_NOOP("presentations, one by one") },
        { QStringLiteral("number"), QT_TR_NOOP("number") },
        { QStringLiteral("speaker"), QT_TR_NOOP("speaker") },
        { QStringLiteral("title"), QT_TR_NOOP("title") },
        { QStringLiteral("outcomes_clause"), QT_TR_NOOP("there are outcomes") },
        { QStringLiteral("outcomes"), QT_TR_NOOP("outcomes, one by one") },
        { QStringLiteral("text"), QT_TR_NOOP("text") },
        { QStringLiteral("separator"), QT_TR_NOOP("separator") },
        { QStringLiteral("and_separator"), QT_TR_NOOP("separator (… and …)") },
        { QStringLiteral("first"), QT_TR_NOOP("first item") },
        { QStringLiteral("label"), QT_TR_NOOP("label") },
        { QStringLiteral("members"), QT_TR_NOOP("members") },
        { QStringLiteral("numerals.other"), QT_TR_NOOP("section number") },
        { QStringLiteral("numerals.recommendations"), QT_TR_NOOP("section number") },
        { QStringLiteral("clauses.communication"), QT_TR_NOOP("clause number (empty when left out)") },
        { QStringLiteral("clauses.other"), QT_TR_NOOP("clause number (empty when left out)") },
        { QStringLiteral("has_activities"), QT_TR_NOOP("there are activities to report") },
        { QStringLiteral("members_phrase"), QT_TR_NOOP("members, or “not reported”") },
        { QStringLiteral("teams.shown"), QT_TR_NOOP("there are teams to report") },
        { QStringLiteral("teams.members_phrase"), QT_TR_NOOP("team members in total, or “not reported”") },
        { QStringLiteral("teams.exclusions_note"), QT_TR_NOOP("units left out of the coverage") },
        { QStringLiteral("teams.levels"), QT_TR_NOOP("teams per level, one by one") },
        { QStringLiteral("teams.total"), QT_TR_NOOP("teams in total") },
        { QStringLiteral("teams.members"), QT_TR_NOOP("team members in total") },
        { QStringLiteral("teams.complete"), QT_TR_NOOP("every unit has a team") },
        { QStringLiteral("teams.partial"), QT_TR_NOOP("some units have no team") },
        { QStringLiteral("teams.coverage_percent"), QT_TR_NOOP("share of units with a team") },
        { QStringLiteral("trainings"), QT_TR_NOOP("training sessions, one by one") },
        { QStringLiteral("communication"), QT_TR_NOOP("communication activities, one by one") },
        { QStringLiteral("campaign_figures"), QT_TR_NOOP("other figures, one by one") },
        { QStringLiteral("other_activities"), QT_TR_NOOP("other activities, one by one") },
        { QStringLiteral("has_recommendations"), QT_TR_NOOP("there are recommendations") },
        { QStringLiteral("recommendations_intro"),
          QT_TR_NOOP("introduction to the recommendations") },
        { QStringLiteral("recommendations"), QT_TR_NOOP("recommendations, one by one") },
        { QStringLiteral("media.outlets"), QT_TR_NOOP("media outputs per outlet, one by one") },
        { QStringLiteral("outlet"), QT_TR_NOOP("outlet") },
        { QStringLiteral("items"), QT_TR_NOOP("items") },
        { QStringLiteral("events"), QT_TR_NOOP("other events, one by one") },
        { QStringLiteral("organiser"), QT_TR_NOOP("organiser") }
    };
    if (path.startsWith(QStringLiteral("figures."))) {
        const QString figure = labels.value(path.mid(8)).toString();
        if (!figure.isEmpty())
            return figure;
    }
    const auto it = names.constFind(path);
    if (it != names.cend())
        return tr(it.value());
    // A field the table does not know: its last part, in words.
    return path.section(u'.', -1).replace(u'_', u' ');
}

void ReportBodyEdit::resolveChips() const
{
    const auto label = [this](const QString &path) { return fieldLabel(path); };
    m_chips.clear();
    m_chipsStale = false;
    // Mustache looks a name up from the innermost section outwards; inside a
    // list section the item is not known here, so the lookup stops there.
    struct Frame
    {
        QVariant scope;
        bool opaque = false;
    };
    QList<Frame> stack{ { m_context, false } };
    const auto lookup = [&stack](const QString &path, bool *found) -> QVariant {
        const QStringList parts = path.split(u'.');
        for (qsizetype i = stack.size() - 1; i >= 0; --i) {
            if (stack.at(i).opaque)
                break;
            const QVariant value = lookupIn(stack.at(i).scope, parts, found);
            if (*found)
                return value;
        }
        *found = false;
        return {};
    };

    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!isChip(format))
                continue;
            const QString tag = format.stringProperty(TagProperty);
            const auto [sigil, path] = splitTag(tag);
            const QString fragmentText = fragment.text();
            for (int i = 0; i < fragment.length(); ++i) {
                if (fragmentText.at(i) != QChar::ObjectReplacementCharacter)
                    continue;
                ChipView view;
                bool found = false;
                const QVariant value =
                        path == QStringLiteral(".") ? QVariant() : lookup(path, &found);
                if (sigil == u'#' || sigil == u'^') {
                    view.control = true;
                    view.text = (sigil == u'#' ? QStringLiteral("▸ %1") : tr("▸ no %1"))
                                        .arg(label(path));
                    view.tooltip = (sigil == u'#' ? tr("What follows, up to the matching ◂, is "
                                                       "printed only when the data has "
                                                       "“%1”; for a list, once per item.")
                                                  : tr("What follows, up to the matching ◂, is "
                                                       "printed only when the data has "
                                                       "no “%1”."))
                                           .arg(label(path));
                    Frame frame;
                    if (sigil == u'#' && found && value.typeId() == QMetaType::QVariantMap)
                        frame.scope = value;
                    else if (sigil == u'#' && found
                             && (value.typeId() == QMetaType::QVariantList
                                 || value.typeId() == QMetaType::QStringList))
                        frame.opaque = true;
                    stack << frame;
                } else if (sigil == u'/') {
                    view.control = true;
                    view.text = QStringLiteral("◂");
                    view.tooltip = tr("End of the part “%1”.").arg(label(path));
                    if (stack.size() > 1)
                        stack.removeLast();
                } else if (found && value.typeId() != QMetaType::QVariantMap
                           && value.typeId() != QMetaType::QVariantList) {
                    const QString text = value.toString();
                    view.resolved = !text.isEmpty();
                    view.text = view.resolved ? elided(text) : label(path);
                    view.tooltip = view.resolved
                            ? tr("%1 = %2 (from the data while the report is a draft)")
                                      .arg(label(path), text)
                            : tr("%1: empty in the data now, so nothing is printed")
                                      .arg(label(path));
                } else {
                    view.text = label(path);
                    view.tooltip = tr("%1: filled from the data when the report is printed")
                                           .arg(label(path));
                }
                view.tooltip += u'\n' + tag;
                m_chips.insert(fragment.position() + i, view);
            }
        }
    }
}

ReportBodyEdit::ChipView ReportBodyEdit::chipView(int position) const
{
    if (m_chipsStale || !m_chips.contains(position))
        resolveChips();
    return m_chips.value(position);
}

int ReportBodyEdit::chipPositionAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    for (const int candidate : { cursor.position(), cursor.position() - 1 }) {
        if (candidate < 0 || chipTagAt(candidate).isEmpty())
            continue;
        QTextCursor left(document());
        left.setPosition(candidate);
        QTextCursor right(document());
        right.setPosition(candidate + 1);
        const QRect before = cursorRect(left);
        const QRect after = cursorRect(right);
        if (viewportPos.x() >= before.left() && viewportPos.x() <= after.left()
            && viewportPos.y() >= before.top() && viewportPos.y() <= before.bottom())
            return candidate;
    }
    return -1;
}

bool ReportBodyEdit::event(QEvent *event)
{
    // Ctrl+B and Ctrl+I are bold and italic here, before any window shortcut
    // (File → Back up now is Ctrl+B too).
    if (event->type() == QEvent::ShortcutOverride && !isReadOnly()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Bold) || key->matches(QKeySequence::Italic)) {
            event->accept();
            return true;
        }
    }
    return QTextEdit::event(event);
}

bool ReportBodyEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int chip = chipPositionAt(help->pos());
        if (chip >= 0) {
            QToolTip::showText(help->globalPos(), chipView(chip).tooltip, viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ReportBodyEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Bold)) {
        toggleBold();
        return;
    }
    if (event->matches(QKeySequence::Italic)) {
        toggleItalic();
        return;
    }
    const bool enter =
            (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !isReadOnly();
    if (!enter) {
        QTextEdit::keyPressEvent(event);
        return;
    }
    QTextCursor cursor = textCursor();
    const bool atEnd = cursor.atBlockEnd() && !cursor.hasSelection();
    const BlockKind kind = blockKind();
    const QString text = cursor.block().text();
    const bool bullet = kind == BlockKind::Paragraph && text.startsWith(QStringLiteral("- "));
    if (bullet && text == QStringLiteral("- ") && atEnd) {
        // Enter on an empty bullet ends the list.
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        return;
    }
    cursor.beginEditBlock();
    QTextEdit::keyPressEvent(event);
    cursor = textCursor();
    if (atEnd && kind != BlockKind::Paragraph) {
        // After a heading comes a paragraph.
        styleBlock(cursor, BlockKind::Paragraph);
        setTextCursor(cursor);
    } else if (atEnd && bullet) {
        cursor.insertText(QStringLiteral("- "), QTextCharFormat());
        setTextCursor(cursor);
    }
    cursor.endEditBlock();
}

void ReportBodyEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int chip = chipPositionAt(event->position().toPoint());
    if (chip >= 0) {
        emit chipActivated(chipTagAt(chip));
        return;
    }
    QTextEdit::mouseDoubleClickEvent(event);
}

QMimeData *ReportBodyEdit::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    auto *mime = new QMimeData;
    mime->setData(MarkupMimeType,
                  markupOf(document(), cursor.selectionStart(), cursor.selectionEnd()).toUtf8());
    // Elsewhere, the chips read as what they show.
    QString plain;
    for (int pos = cursor.selectionStart(); pos < cursor.selectionEnd(); ++pos) {
        const QChar ch = document()->characterAt(pos);
        if (ch == QChar::ObjectReplacementCharacter && !chipTagAt(pos).isEmpty()) {
            // A value or a field's name; the ▸ ◂ of a part are not text.
            if (!chipView(pos).control)
                plain += chipView(pos).text;
        }
        else if (ch == QChar::ParagraphSeparator)
            plain += u'\n';
        else
            plain += ch;
    }
    mime->setText(plain);
    return mime;
}

bool ReportBodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(MarkupMimeType) || source->hasText();
}

void ReportBodyEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return;
    if (source->hasFormat(MarkupMimeType)) {
        insertMarkup(QString::fromUtf8(source->data(MarkupMimeType)));
        return;
    }
    if (!source->hasText())
        return;
    // Text from a word processor or a web page comes in plain, in the style of the paragraph.
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    QTextCharFormat format;
    format.setFontWeight(blockKind() == BlockKind::Paragraph ? QFont::Normal : QFont::Bold);
    const QStringList lines = source->text().remove(u'\r').split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock();
            styleBlock(cursor, BlockKind::Paragraph);
            format.setFontWeight(QFont::Normal);
        }
        cursor.insertText(lines.at(i).normalized(QString::NormalizationForm_C), format);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

} // namespace cds

#include "ReportBodyEdit.moc"

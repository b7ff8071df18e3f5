#pragma once

#include <QHash>
#include <QTextEdit>
#include <QVariantMap>

namespace cds {

// The body of a report edited as rich text: what the clerk sees is laid out
// like the printed page (Times New Roman, justified paragraphs with a
// first-line indent, bold headings, italic and bold stretches), and every
// Mustache field of the template is a "chip" that shows the current value of
// the data while the report is a draft ("173/173", "7.534").
//
// The document is stored as the template markup of ReportTemplate.h, one
// block per line: setMarkup() reads it and markup() writes it back, so an
// unchanged body gives the very same markup. Mapping:
//   block kind (property BlockKind)  <-> "# " section heading, "## " clause
//                                        heading (Decree 30, App. I, items 15–16);
//                                        a bullet is a paragraph starting "- ";
//                                        a paragraph starting "#" is written "\#"
//   bold / italic character format   <-> **…** / *…* / ***…*** ("\*" a literal *)
//   one chip (an inline object)      <-> one tag: {{path}}, {{#section}},
//                                        {{^section}}, {{/section}}
// A chip is one character: it is selected, deleted, copied and undone whole.
// Copy and paste inside the editor keep chips and styles; text pasted from
// elsewhere comes in as plain text.
class ReportBodyEdit : public QTextEdit
{
    Q_OBJECT

public:
    enum class BlockKind { Paragraph = 0, SectionHeading = 1, ClauseHeading = 2 };

    explicit ReportBodyEdit(QWidget *parent = nullptr);
    ~ReportBodyEdit() override;

    // Replaces the document with markup (undo history cleared, not modified).
    void setMarkup(const QString &markup);
    // The document as template markup (NFC), one line per block.
    QString markup() const;

    // The report context (buildReportContext) the chips take their values
    // from, with "figure_labels" giving the figures' names. Repaints the chips;
    // the text and its undo history are untouched.
    void setContext(const QVariantMap &context);

    // Inserts a piece of markup (a field, a list snippet, several lines) at the cursor.
    void insertMarkup(const QString &markup);

    BlockKind blockKind() const;
    // Sets the kind of every block in the selection (a heading is bold throughout).
    void setBlockKind(BlockKind kind);
    // Starts or ends the current blocks' "- " bullet.
    void toggleBullet();
    void toggleBold();
    void toggleItalic();

    // Checks that every part opened by a ▸ chip ({{#x}} or {{^x}}) is closed
    // by its own ◂ ({{/x}}) in order, as Mustache requires. On a fault returns
    // false, sets message (translated, naming the part and its paragraph) and
    // position (the chip at fault); the text is not changed. Tags typed or
    // pasted as text count too (they become fields when saved).
    bool checkSections(QString *message, int *position) const;

    // What a chip at document position shows, or an empty string when there
    // is no chip there. For tests and the tooltip.
    QString chipTextAt(int position) const;
    // The tag of the chip at position ("{{teams.total}}"), or empty.
    QString chipTagAt(int position) const;

signals:
    // The cursor moved into a block of another kind, or its style changed.
    void currentStyleChanged();
    // A chip of a figure was double-clicked: tag is its Mustache tag.
    void chipActivated(const QString &tag);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    class ChipPainter;
    friend class ChipPainter;

    struct ChipView
    {
        QString text; // what the chip shows
        QString tooltip; // label, value and tag
        bool resolved = false; // shows a value of the data (not a name)
        bool control = false; // a section's start or end
    };

    void insertMarkupAt(QTextCursor &cursor, const QString &markup);
    void styleBlock(QTextCursor &cursor, BlockKind kind);
    ChipView chipView(int position) const;
    // A field's name as the clerk reads it ("teams in total"), translated.
    QString fieldLabel(const QString &path) const;
    void resolveChips() const;
    int chipPositionAt(const QPoint &viewportPos) const;

    ChipPainter *m_painter = nullptr;
    QVariantMap m_context;
    mutable QHash<int, ChipView> m_chips; // by document position, rebuilt when stale
    mutable bool m_chipsStale = true;
};

} // namespace cds

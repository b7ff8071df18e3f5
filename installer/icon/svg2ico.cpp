// Build-time tool: renders the application's SVG icon into a Windows .ico, so
// the exe, its Start-menu shortcut and the installer show the same picture as
// the Linux desktop entry, from the one SVG source.
//
//   cds_svg2ico IN.svg OUT.ico
//
// The .ico holds one PNG-compressed 32-bit image per size Windows asks for
// (16 to 256 px; PNG entries are read by Windows Vista and later, and by
// rc.exe and makensis). Qt's own "ico" image plugin writes a single image per
// file, which Windows would then scale down badly, hence this small writer.

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: cds_svg2ico IN.svg OUT.ico" << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "cds_svg2ico: cannot read the SVG " << arguments.at(1) << Qt::endl;
        return 1;
    }

    const QList<int> sizes = { 16, 20, 24, 32, 40, 48, 64, 128, 256 };
    QList<QByteArray> pngs;
    for (const int size : sizes) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG")) {
            err << "cds_svg2ico: cannot encode a " << size << " px PNG" << Qt::endl;
            return 1;
        }
        pngs << png;
    }

    // ICONDIR, then one ICONDIRENTRY per image, then the images (little-endian).
    QByteArray ico;
    put16(ico, 0); // reserved
    put16(ico, 1); // type: icon
    put16(ico, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        ico.append(char(size >= 256 ? 0 : size)); // width, 0 means 256
        ico.append(char(size >= 256 ? 0 : size)); // height
        ico.append(char(0)); // palette size
        ico.append(char(0)); // reserved
        put16(ico, 1); // colour planes
        put16(ico, 32); // bits per pixel
        put32(ico, quint32(pngs.at(i).size()));
        put32(ico, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : std::as_const(pngs))
        ico.append(png);

    QFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(ico) != ico.size() || !out.flush()) {
        err << "cds_svg2ico: cannot write " << arguments.at(2) << ": " << out.errorString()
            << Qt::endl;
        return 1;
    }
    return 0;
}

#include "package/ZipPackage.h"

#include <QSaveFile>

#include <QFile>

#include <zip.h>

namespace cds {

// The entries of the zip archive in bytes, in their order. Empty, with why
// set to libzip's message, when bytes cannot be read as a zip archive.
QList<ZipEntry> readZip(const QByteArray &bytes, QString *why)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (!archive) {
        *why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (source)
            zip_source_free(source);
        return {};
    }
    zip_error_fini(&error);
    QList<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        zip_file_t *file = nullptr;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_NAME)
            && (stat.valid & ZIP_STAT_SIZE))
            file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            *why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return {};
        }
        ZipEntry entry{ QByteArray(stat.name), QByteArray(qsizetype(stat.size), Qt::Uninitialized) };
        const zip_int64_t read = zip_fread(file, entry.data.data(), stat.size);
        zip_fclose(file);
        if (read != zip_int64_t(stat.size)) {
            *why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return {};
        }
        entries.append(entry);
    }
    zip_discard(archive); // read only: nothing to write; frees the source
    return entries;
}

// A zip archive of entries, in their order; an entry named "mimetype" is
// stored uncompressed (ODF 1.2, part 3, section 3.3), the others deflated.
// Empty, with why set to libzip's message, on failure.
QByteArray writeZip(const QList<ZipEntry> &entries, QString *why)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) {
        *why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (buffer)
            zip_source_free(buffer);
        return {};
    }
    zip_error_fini(&error);
    zip_source_keep(buffer); // read back after zip_close()
    const auto fail = [&] {
        *why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return QByteArray();
    };
    for (const ZipEntry &entry : entries) {
        zip_source_t *data = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index = data ? zip_file_add(archive, entry.name.constData(), data, 0) : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            return fail();
        }
        const bool store = entry.name == "mimetype";
        if (zip_set_file_compression(archive, zip_uint64_t(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0)
            return fail();
    }
    if (zip_close(archive) < 0)
        return fail();

    QByteArray bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && zip_source_open(buffer) == 0) {
        bytes.resize(qsizetype(stat.size));
        if (zip_source_read(buffer, bytes.data(), stat.size) != zip_int64_t(stat.size))
            bytes.clear();
        zip_source_close(buffer);
    }
    if (bytes.isEmpty())
        *why = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
    zip_source_free(buffer);
    return bytes;
}

QList<ZipEntry> readZipFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return {};
    }
    return readZip(file.readAll(), why);
}

bool writeFileReplacing(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *why = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *why = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace cds

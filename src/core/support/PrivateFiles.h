#pragma once

#include <QFileDevice>
#include <QString>

namespace vangnet::privatefiles {

/// Every file Vangnet writes holds personal data or could (the database, its -wal/-shm files,
/// exports with full BSNs, logs), so each is readable and writable by its owner only: 0600.
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Sets the process umask to 077, so that files a library creates by itself (SQLite's -wal and
/// -shm files, spdlog's rotated logs, QSettings' file) are owner-only too. Called first thing
/// in both programs; the explicit modes below cover a library caller that does not call it.
void restrictProcessUmask();

/// Opens `file` for `mode` and makes it owner-only before a byte is written. A QFile that does
/// not exist yet is created with mode 0600 (no moment at which another user could open it); a
/// QSaveFile's temporary file beside the target gets the mode, which commit() keeps.
bool openOwnerOnly(QFileDevice &file, QIODevice::OpenMode mode = QIODevice::WriteOnly);

/// Makes the existing file at `path` owner-only; false when it cannot (not ours, gone).
bool restrictToOwner(const QString &path);

/// Creates `path` empty with mode 0600 when it does not exist, so what is written into it later
/// by name (SQLite) never had a wider mode; true when it exists afterwards.
bool createOwnerOnly(const QString &path);

} // namespace vangnet::privatefiles

#pragma once

#include <QSet>
#include <QString>

namespace vangnet {

/// Passwords too common to allow (docs/security.md, "Password protection"): the shipped list
/// resources/security/common-passwords.txt, matched on the password itself and on its base word
/// (trailing digits and punctuation off, common letter swaps undone), so "Welkom2026!" and
/// "zomer2025" are refused like "welkom" and "zomer".
class PasswordBlocklist {
public:
    /// The shipped list (read once from the core's resources).
    static const PasswordBlocklist &shipped();
    explicit PasswordBlocklist(QSet<QString> words);

    bool isCommon(const QString &password) const;
    qsizetype size() const { return m_words.size(); }

private:
    QSet<QString> m_words;
};

} // namespace vangnet

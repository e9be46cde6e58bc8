#pragma once

#include <QString>

#include <catch2/catch.hpp>

/// Qt strings in Catch's failure messages (and so QStringList, as a range of them), instead
/// of "{?}". One definition for every test program.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

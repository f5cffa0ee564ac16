#include "analysis/textsimilarity.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace lianxin {

namespace {

// Decodes UTF-8 by hand (no ICU): well-formed sequences only (no overlongs, surrogates or
// code points past U+10FFFF). An invalid byte yields kInvalid and decoding goes on at the
// next byte.
constexpr char32_t kInvalid = 0xFFFFFFFF;

std::vector<char32_t> decodeUtf8(const std::string &text)
{
    std::vector<char32_t> result;
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char lead = bytes[i];
        std::size_t length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            length = 1;
            code = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
            minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= n;
        for (std::size_t k = 1; valid && k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                valid = false;
            else
                code = code << 6 | (bytes[i + k] & 0x3F);
        }
        valid = valid && code >= minimum && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        if (!valid) {
            result.push_back(kInvalid);
            ++i;
            continue;
        }
        result.push_back(code);
        i += length;
    }
    return result;
}

// Characters that belong to words: not whitespace, not punctuation or symbols (ASCII,
// general punctuation, CJK symbols and punctuation, full-width forms), not invalid bytes.
bool isWordCharacter(char32_t c)
{
    if (c == kInvalid || c <= 0x20 || c == 0x7F)
        return false;
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (c <= 0xBF) // Latin-1 punctuation and symbols, no-break space
        return false;
    if (c >= 0x2000 && c <= 0x2BFF) // general punctuation ... miscellaneous symbols and arrows
        return false;
    if (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation: 、。「」 and the ideographic space
        return false;
    if (c >= 0xFE10 && c <= 0xFE6F) // vertical and small forms
        return false;
    if (c >= 0xFF00 && c <= 0xFF0F) // full-width ！＂＃ ... ／
        return false;
    if ((c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65))
        return false; // full-width ：；＜ ... ？＠, ［＼］ ..., ｛｜｝～ and half-width 。「」、
    return true;
}

} // namespace

std::vector<std::u32string> BigramTfIdf::bigrams(const std::string &utf8)
{
    std::vector<std::u32string> result;
    const std::vector<char32_t> characters = decodeUtf8(utf8);
    for (std::size_t i = 0; i + 1 < characters.size(); ++i)
        if (isWordCharacter(characters[i]) && isWordCharacter(characters[i + 1]))
            result.push_back(std::u32string{characters[i], characters[i + 1]});
    return result;
}

BigramTfIdf::BigramTfIdf(const std::vector<std::string> &texts)
{
    std::unordered_map<std::u32string, int> termOf;
    std::vector<int> documentFrequency;
    // Term counts per text, as (term, count) sorted by term.
    std::vector<std::vector<Entry>> counts(texts.size());
    for (std::size_t t = 0; t < texts.size(); ++t) {
        std::vector<int> terms;
        for (std::u32string &bigram : bigrams(texts[t])) {
            const auto [it, added] = termOf.try_emplace(std::move(bigram), static_cast<int>(termOf.size()));
            if (added)
                documentFrequency.push_back(0);
            terms.push_back(it->second);
        }
        std::sort(terms.begin(), terms.end());
        for (std::size_t i = 0; i < terms.size(); ++i) {
            if (i > 0 && terms[i] == terms[i - 1]) {
                counts[t].back().weight += 1.0;
                continue;
            }
            counts[t].push_back({terms[i], 1.0});
            ++documentFrequency[static_cast<std::size_t>(terms[i])];
        }
    }
    // Smoothed idf, ln((1 + N) / (1 + df)) + 1: a bigram in every text still weighs 1
    // rather than vanishing, so two texts made only of common words can still match.
    const double documents = static_cast<double>(texts.size());
    m_vectors = std::move(counts);
    for (std::vector<Entry> &vector : m_vectors) {
        double norm2 = 0.0;
        for (Entry &entry : vector) {
            const double df = documentFrequency[static_cast<std::size_t>(entry.term)];
            entry.weight *= std::log((1.0 + documents) / (1.0 + df)) + 1.0;
            norm2 += entry.weight * entry.weight;
        }
        const double norm = std::sqrt(norm2);
        for (Entry &entry : vector)
            entry.weight /= norm;
    }
}

double BigramTfIdf::cosine(std::size_t i, std::size_t j) const
{
    const std::vector<Entry> &a = m_vectors.at(i);
    const std::vector<Entry> &b = m_vectors.at(j);
    double dot = 0.0;
    for (std::size_t p = 0, q = 0; p < a.size() && q < b.size();) {
        if (a[p].term < b[q].term) {
            ++p;
        } else if (b[q].term < a[p].term) {
            ++q;
        } else {
            dot += a[p].weight * b[q].weight;
            ++p;
            ++q;
        }
    }
    return std::clamp(dot, 0.0, 1.0);
}

} // namespace lianxin

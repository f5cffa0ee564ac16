#pragma once
// Similarity of short Chinese texts without a word segmenter: character bigrams weighted
// by TF-IDF over the corpus, compared by cosine. Chinese words are mostly one or two
// characters, so bigrams ("异味", "码头") carry most of the meaning; punctuation and
// whitespace break bigrams. Pure computation.
#include <cstddef>
#include <string>
#include <vector>

namespace lianxin {

class BigramTfIdf {
public:
    // Builds the vocabulary, document frequencies and one L2-normalised sparse vector per
    // text (UTF-8). Invalid UTF-8 bytes are skipped (and break bigrams), never a crash.
    // Weights: raw bigram count times the smoothed idf ln((1 + N) / (1 + df)) + 1 (N texts,
    // df of them holding the bigram), so a bigram found in every text still counts.
    explicit BigramTfIdf(const std::vector<std::string> &texts);

    std::size_t size() const { return m_vectors.size(); }
    // Distinct bigrams of text i (0: nothing to compare, e.g. empty or punctuation only).
    std::size_t termCount(std::size_t i) const { return m_vectors.at(i).size(); }
    // Cosine of texts i and j in 0..1 (0 when either has no bigram).
    double cosine(std::size_t i, std::size_t j) const;

    // The bigrams of one text, in order (for tests and labels): pairs of adjacent word
    // characters; whitespace, punctuation and symbols (ASCII, CJK, full-width) break them.
    static std::vector<std::u32string> bigrams(const std::string &utf8);

private:
    struct Entry {
        int term = 0;
        double weight = 0.0;
    };
    std::vector<std::vector<Entry>> m_vectors; // sorted by term
};

} // namespace lianxin

// Character-bigram TF-IDF cosine of short Chinese texts: bigram extraction (punctuation
// breaks, hand-decoded UTF-8 that survives bad bytes) and cosines against hand-computed values.
#include "analysis/textsimilarity.h"

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

std::vector<std::u32string> list(std::initializer_list<const char32_t *> items)
{
    std::vector<std::u32string> result;
    for (const char32_t *item : items)
        result.emplace_back(item);
    return result;
}

} // namespace

TEST_CASE("bigrams are adjacent word characters, broken by punctuation and spaces", "[text]")
{
    CHECK(BigramTfIdf::bigrams("水产加工异味") == list({U"水产", U"产加", U"加工", U"工异", U"异味"}));
    // Full-width comma, ideographic full stop, ASCII punctuation and spaces all break.
    CHECK(BigramTfIdf::bigrams("码头，异味。路灯!井盖 下水") == list({U"码头", U"异味", U"路灯", U"井盖", U"下水"}));
    CHECK(BigramTfIdf::bigrams("居民反映：路灯坏了") == list({U"居民", U"民反", U"反映", U"路灯", U"灯坏", U"坏了"}));
    // Digits and Latin letters are word characters too (house numbers).
    CHECK(BigramTfIdf::bigrams("路12号") == list({U"路1", U"12", U"2号"}));
    CHECK(BigramTfIdf::bigrams("a").empty());
    CHECK(BigramTfIdf::bigrams("").empty());
    // A four-byte character (U+20BB7 𠮷) decodes as one character.
    CHECK(BigramTfIdf::bigrams("\xF0\xA0\xAE\xB7野") == list({U"\U00020BB7野"}));
}

TEST_CASE("invalid UTF-8 is skipped without a crash and breaks bigrams", "[text]")
{
    CHECK(BigramTfIdf::bigrams("码\xFF头") .empty());
    CHECK(BigramTfIdf::bigrams("码头\xE7\xA0") == list({U"码头"}));          // truncated sequence at the end
    CHECK(BigramTfIdf::bigrams("\xC0\xAF码头") == list({U"码头"}));          // overlong '/'
    CHECK(BigramTfIdf::bigrams("\xED\xA0\x80码头") == list({U"码头"}));      // a UTF-16 surrogate
    CHECK(BigramTfIdf::bigrams("\x80\x80\x80") .empty());
    const BigramTfIdf model({"\xFF\xFE", "码头"});
    CHECK(model.termCount(0) == 0);
    CHECK(model.cosine(0, 1) == 0.0);
}

TEST_CASE("cosine: identical texts 1, disjoint 0, hand-computed corpus", "[text]")
{
    const BigramTfIdf model({"码头异味", "码头路灯", "路灯", "码头异味", "井盖松动", ""});
    REQUIRE(model.size() == 6);
    CHECK(model.cosine(0, 3) == Approx(1.0).epsilon(1e-12));
    CHECK(model.cosine(0, 0) == Approx(1.0).epsilon(1e-12));
    CHECK(model.cosine(0, 4) == 0.0);
    CHECK(model.cosine(5, 5) == 0.0); // no bigram, nothing to compare
    CHECK(model.termCount(5) == 0);
    CHECK(model.cosine(1, 2) == model.cosine(2, 1));
}

TEST_CASE("tf-idf weights match the smoothed formula on a small corpus", "[text]")
{
    // N = 3. Bigrams: A = 码头 头异 异味, B = 码头 头路 路灯, C = 路灯.
    // df: 码头 2, 路灯 2, the rest 1. idf = ln(4 / (1 + df)) + 1:
    // df 1 -> 1 + ln 2 = 1.693147, df 2 -> 1 + ln(4/3) = 1.287682.
    // cos(A, B) = idf2^2 / (sqrt(idf2^2 + 2 idf1^2) sqrt(2 idf2^2 + idf1^2)) = 0.245272
    // cos(B, C) = idf2^2 / (sqrt(2 idf2^2 + idf1^2) idf2)                     = 0.517856
    const BigramTfIdf model({"码头异味", "码头路灯", "路灯"});
    CHECK(model.cosine(0, 1) == Approx(0.24527198569314446).epsilon(1e-12));
    CHECK(model.cosine(1, 2) == Approx(0.5178561161676976).epsilon(1e-12));
    CHECK(model.cosine(0, 2) == 0.0);
    // Term frequency counts: a repeated bigram weighs more, so the cosine to its single
    // occurrence falls below 1 when another bigram is present.
    const BigramTfIdf repeated({"路灯 路灯 井盖", "路灯 井盖", "路灯"});
    CHECK(repeated.cosine(0, 1) < 1.0);
    CHECK(repeated.cosine(0, 2) > repeated.cosine(1, 2));
}

TEST_CASE("similar complaints about one place score higher than the same item elsewhere", "[text]")
{
    const BigramTfIdf model({
        "南长山渔港码头附近水产加工异味很大,开窗就能闻到,希望治理。",
        "居民反映：南长山渔港码头一带晾晒海产品、加工海带气味重,影响生活,盼早日解决。",
        "乐园路12号附近水产加工异味很大,开窗就能闻到,希望治理。",
        "北城村的路灯坏了好几盏,晚上出行不便,希望尽快维修增设。",
    });
    CHECK(model.cosine(0, 1) > 0.2);
    CHECK(model.cosine(0, 3) < 0.1);
    CHECK(model.cosine(0, 2) > model.cosine(1, 2));
}

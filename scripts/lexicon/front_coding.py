"""Front coding for the long word lists (german_nouns.txt, first_names.txt, toponyms.txt): the
words sorted, each written as one digit, the number of leading characters it shares with the word
before (at most nine), and the rest of it. Sorted neighbours share much, so the tables shrink
by a third before gzip and a quarter after; src/lexicon/mod.rs (`front_decoded`) reads them."""


def front_coded(words):
    out, prev = [], ""
    for w in sorted(words):
        k = 0
        while k < min(len(w), len(prev), 9) and w[k] == prev[k]:
            k += 1
        out.append(f"{k}{w[k:]}")
        prev = w
    return out


def front_decoded(lines):
    out, prev = [], ""
    for line in lines:
        word = prev[: int(line[0])] + line[1:]
        out.append(word)
        prev = word
    return out

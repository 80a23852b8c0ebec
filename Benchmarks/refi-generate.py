#!/usr/bin/env python3
"""Writes a large REFI-QDA project (.qdpx) in the shape MAXQDA exports: a codebook of 500 codes
(20 dimensions of 4 groups of 5 codes, plus 20 top-level codes without children), 3 variables,
cases that group the sources (20 sources each), and text sources in sources/*.txt with CR LF line
ends, Chinese, English and emoji words, each with coded selections at code-point positions.

    refi-generate.py OUT.qdpx [--sources 10000] [--codings-per-source 20] [--seed 7]
"""
import argparse
import random
import zipfile


def guid(kind, n):
    return "%08x-0000-4000-8000-%012x" % (kind, n)


WORDS = ["financing", "crowdfunding", "partners", "grant", "patent", "market", "export", "team",
         "众筹", "融资", "合作研发", "专利", "政府补贴", "市场", "🎉", "客户", "university", "loan"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--sources", type=int, default=10000)
    parser.add_argument("--codings-per-source", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cases = max(1, args.sources // 20)

    out = ['<?xml version="1.0" encoding="utf-8"?>\n'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="generated" origin="refi-generate.py">\n'
           '<CodeBook><Codes>\n']
    leaves, n = [], 0
    for d in range(20):
        n += 1
        out.append('<Code guid="%s" name="Dimension %d" isCodable="false">\n' % (guid(1, n), d))
        for g in range(4):
            n += 1
            leaves.append(guid(1, n))
            out.append('<Code guid="%s" name="Group %d.%d" isCodable="true">\n' % (guid(1, n), d, g))
            for c in range(5):
                n += 1
                leaves.append(guid(1, n))
                out.append('<Code guid="%s" name="Code %d.%d.%d" isCodable="true"><Description>leaf</Description></Code>\n'
                           % (guid(1, n), d, g, c))
            out.append('</Code>\n')
        out.append('</Code>\n')
    for c in range(500 - n):
        leaves.append(guid(1, n + c + 1))
        out.append('<Code guid="%s" name="Loose %d" isCodable="true"/>\n' % (guid(1, n + c + 1), c))
    out.append('</Codes></CodeBook>\n<Variables>\n'
               '<Variable guid="%s" name="Country" typeOfVariable="Text"/>\n'
               '<Variable guid="%s" name="Founded" typeOfVariable="Integer"/>\n'
               '<Variable guid="%s" name="Listed" typeOfVariable="Boolean"/>\n</Variables>\n<Cases>\n'
               % (guid(2, 1), guid(2, 2), guid(2, 3)))
    for c in range(cases):
        out.append('<Case guid="%s" name="Case %d">' % (guid(3, c), c))
        out.append('<VariableValue><VariableRef targetGUID="%s"/><TextValue>Country %d</TextValue></VariableValue>'
                   % (guid(2, 1), c % 30))
        out.append('<VariableValue><VariableRef targetGUID="%s"/><IntegerValue>%d</IntegerValue></VariableValue>'
                   % (guid(2, 2), 1990 + c % 30))
        out.append('<VariableValue><VariableRef targetGUID="%s"/><BooleanValue>%s</BooleanValue></VariableValue>'
                   % (guid(2, 3), "true" if c % 2 == 0 else "false"))
        out.extend('<SourceRef targetGUID="%s"/>' % guid(4, s) for s in range(c, args.sources, cases))
        out.append('</Case>\n')
    out.append('</Cases>\n<Sources>\n')

    with zipfile.ZipFile(args.out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        k = 0
        for s in range(args.sources):
            text = "".join(rng.choice(WORDS) + ("\r\n" if rng.random() < 0.12 else " ") for _ in range(120))
            name = guid(5, s) + ".txt"
            z.writestr("sources/" + name, text.encode("utf-8"))
            out.append('<TextSource guid="%s" name="Source %d" plainTextPath="internal://%s">\n' % (guid(4, s), s, name))
            for _ in range(args.codings_per_source):
                start = rng.randrange(len(text) - 40)  # Python indexes code points, as REFI-QDA counts
                end = start + 5 + rng.randrange(35)
                out.append('<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d">'
                           '<Coding guid="%s" creationDateTime="2024-01-01T00:00:00Z"><CodeRef targetGUID="%s"/></Coding>'
                           '</PlainTextSelection>\n' % (guid(6, k), start, end, guid(7, k), rng.choice(leaves)))
                k += 1
            out.append('</TextSource>\n')
        out.append('</Sources>\n</Project>\n')
        z.writestr("project.qde", "".join(out).encode("utf-8"))
    print("%s: %d sources, 500 codes, %d codings, %d cases" % (args.out, args.sources, k, cases))


if __name__ == "__main__":
    main()

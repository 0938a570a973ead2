# Not part of the suite. Run `./crosscheck analyze /work/shared/data/fnc1/train_bodies.csv --out DIR` first,
# then `python3 fnc1_quote_sample.py DIR/report.json [--same OLD/report.json] [--scare] [--n 25]` and judge by reading.
# Throwaway: sample quotes from a crosscheck report.json on FNC-1 bodies (fixed seed) and print with context.
# usage: sample.py REPORT [--same BEFORE_REPORT] [--n 25] [--scare]
import json, random, sys
args = sys.argv[1:]
rep = json.load(open(args[0]))
n = int(args[args.index('--n')+1]) if '--n' in args else 25
scare = '--scare' in args
docs = {d['file']: d for d in rep['documents']}
qs = rep['quotes']
direct = [q for q in qs if q['kind'] != 'scare']
print(f"quotes {len(qs)}; non-scare {len(direct)}, null speaker {sum(1 for q in direct if not q.get('speaker'))}; scare {len(qs)-len(direct)}")
pool = [q for q in qs if (q['kind'] == 'scare') == scare]
if '--same' in args:
    base = json.load(open(args[args.index('--same')+1]))
    bpool = [q for q in base['quotes'] if (q['kind'] == 'scare') == scare]
    random.seed(11); picked = random.sample(bpool, n)
    idx = {(q['doc'], q['start']): q for q in qs}
    sample = [(b, idx.get((b['doc'], b['start']))) for b in picked]
else:
    random.seed(11); sample = [(q, q) for q in random.sample(pool, n)]
for i, (b, q) in enumerate(sample, 1):
    t = docs[b['doc']]['text']; s, e = b['start'], b['end']
    ctx = (t[max(0, s-220):s] + '⟦' + t[s:min(e, s+160)] + ('…' if e-s > 160 else '') + '⟧' + t[e:e+120]).replace('\n', ' ¶ ')
    now = 'DROPPED' if q is None else f"{q['kind']} speaker={q.get('speaker')} cue={q.get('cue')}"
    print(f"### {i} {now}")
    print('   ', ctx); print()

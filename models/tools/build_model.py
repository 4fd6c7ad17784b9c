#!/usr/bin/env python3
"""Build the bundled English->Spanish model (models/en-es-small) from real, offline parallel text.

Stages (each can be run on its own; state lives in --work):
  data    Bible verse pairs (corpus.bible_pairs), Spanish gettext catalogs of Debian packages
          (corpus.gettext_pairs), LibreOffice help paragraphs (corpus.help_pairs) and FreeDict
          headwords (corpus.freedict_pairs); per domain a held-out test split (and a dev split)
          chosen by a hash of the English text, never trained on; Freeciv's nation legends
          (corpus.legends) as a general-domain test set only.
  spm     one SentencePiece unigram model shared by source and target, trained on the training
          text, with every character of REQUIRED_CHARS forced in and digits split; Marian-style
          vocab.json on top.
  train   MarianMTModel from scratch, time-boxed (--minutes), on --device cpu or cuda; label
          smoothing, AdamW, warm-up then cosine decay over the time box; checkpoints so an
          interrupted run resumes; log in <out>/training_log.txt.
  export  Optimum export (text2text-generation-with-past, no merged decoder), int8 per-channel
          (onnxruntime quantize_dynamic) and fp16 variants.
  decoding  no_repeat_ngram_size / repetition_penalty defaults chosen on the dev splits, written to
          generation_config.json.
  eval    chrF and BLEU (sacrebleu), loops and numbers copied, on the held-out splits for PyTorch f32 and for edgemt
          f32/int8/fp16 (the edgemt binary given by --edgemt), written to <out>/eval/ and the model
          card's score table.
  refs    token references for the integration test: PyTorch f32 generate and transformers
          generate over onnxruntime int8, for a handful of held-out sentences.
  package copy the shipped files (int8 + fp16, tokenizer, configs, card, log) into --out.
  shortlist  lex.s2t.bin in --out from the training pairs (build_shortlist.py) and its effect on
          the held-out test splits (chrF and identical outputs with and without it, beam 4 and
          greedy; paired-bootstrap interval of the chrF change) -> <out>/eval/shortlist.json,
          shown in the card. shortlist-eval: that evaluation alone, for the shipped lex.s2t.bin.

Usage:
  python models/tools/build_model.py all --work /tmp/en-es --out models/en-es-small \\
      --device cpu --minutes 60 --edgemt target/release/edgemt
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from build_fixture import (build_vocab, export_onnx, generation_config, marian_config, ort_model,  # noqa: E402
                           quantize, strip_output, to_fp16, train_spm)

README_SENTENCE = "In the beginning God created the heavens and the earth."
# Everyday sentences a new user tries first (out of every training domain): shown in the card with
# this model's output, right or wrong.
EVERYDAY = ["Where is the train station?", "The weather is nice today.", "Hello, world!",
            "The price rose 50% to $5.", "I would like a cup of coffee, please.",
            "The meeting starts at 10:30 on Monday.", "Please close the door when you leave.",
            "My brother lives in a small town near the sea."]
TEST_PER_DOMAIN = 500
DEV_PER_DOMAIN = 200
SHIPPED = ["config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json"]


def log(work: Path, msg: str) -> None:
    line = f"[{time.strftime('%Y-%m-%d %H:%M:%S')}] {msg}"
    print(line, flush=True)
    with open(work / "training_log.txt", "a") as f:
        f.write(line + "\n")


def write_tsv(path: Path, rows) -> None:
    with open(path, "w") as f:
        for key, en, es in rows:
            f.write(f"{key}\t{en}\t{es}\n")


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    with open(path) as f:
        for line in f:
            key, en, es = line.rstrip("\n").split("\t")
            rows.append((key, en, es))
    return rows


# Domains with held-out test and dev splits; "dict" is training text only, "general" (Freeciv's
# nation legends) is test text only: never trained on, never used to choose anything.
SPLIT_DOMAINS = ("bible", "ui", "help")
TRAIN_DOMAINS = ("bible", "ui", "help", "dict")
TEST_DOMAINS = ("bible", "ui", "help", "general")
# Every character of ordinary Spanish text must be writable and of ordinary English text readable:
# forced into the SentencePiece vocabulary whatever their frequency in the training text.
REQUIRED_CHARS = "¡¿ÁÉÍÓÚÜÑáéíóúüñ«»—–€$%°0123456789"


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"\w+")


def numbers(text: str) -> list[str]:
    """The numbers of a text as digit strings, sorted ("1,000.5" and "1.000,5" are both "10005":
    English and Spanish separators differ)."""
    return sorted(re.sub(r"[.,]", "", m) for m in _NUMBER.findall(text))


def numbers_copied(src: str, hyp: str) -> bool:
    """The output has exactly the source's numbers (none dropped, changed or added)."""
    return numbers(src) == numbers(hyp)


def has_loop(text: str, pieces: list[str]) -> bool:
    """A word, or a SentencePiece piece with a letter in it, three times in a row ("sido sido
    sido", "lechetetetete")."""
    def run3(items):
        return any(a == b == c for a, b, c in zip(items, items[1:], items[2:]))

    words = [w.lower() for w in _WORD.findall(text)]
    return run3(words) or run3([p for p in pieces if re.search(r"[^\W\d_]", p)])


def quality(src: list[str], hyp: list[str], sp) -> dict:
    """Loops (share of outputs) and numbers (share of the sentences with digits copied exactly)."""
    loops = sum(has_loop(h, sp.encode(h, out_type=str)) for h in hyp)
    with_digits = [(s, h) for s, h in zip(src, hyp) if re.search(r"\d", s)]
    copied = sum(numbers_copied(s, h) for s, h in with_digits)
    return {"loops": loops, "loops_pct": round(100 * loops / max(1, len(hyp)), 2),
            "with_digits": len(with_digits), "numbers_copied": copied,
            "numbers_pct": round(100 * copied / max(1, len(with_digits)), 2)}


def target_spm(work: Path):
    import sentencepiece as spm

    return spm.SentencePieceProcessor(model_file=str(work / "tokenizer" / "target.spm"))


def stage_data(args) -> None:
    work = args.work
    data = work / "data"
    data.mkdir(parents=True, exist_ok=True)
    debs = work / "debs"
    sources = {"bible": corpus.bible_pairs()}
    stats = {"gettext_packages": {}, "packages": {}}
    for stale in data.glob("*.tsv"):
        stale.unlink()
    if not args.no_ui:
        sources["ui"], stats["gettext_packages"] = corpus.gettext_pairs(debs)
        sources["help"], meta = corpus.help_pairs(debs)
        stats["packages"].update(meta)
        sources["dict"], meta = corpus.freedict_pairs(debs)
        stats["packages"].update(meta)
    general, meta = corpus.legends(debs)
    stats["packages"].update(meta)
    splits = {}
    for name, pairs in sources.items():
        if name not in SPLIT_DOMAINS:
            splits[name] = {"train": pairs}
            continue
        # Held out by a hash of the English text: the same source never lands on both sides.
        order = sorted(pairs, key=lambda p: (corpus.split_key(p[1], 1 << 30), p[0]))
        splits[name] = {"test": order[:TEST_PER_DOMAIN],
                        "dev": order[TEST_PER_DOMAIN:TEST_PER_DOMAIN + DEV_PER_DOMAIN],
                        "train": order[TEST_PER_DOMAIN + DEV_PER_DOMAIN:]}
    splits["general"] = {"test": general}
    # No held-out English text (of any domain, general included) is trained on in any domain.
    held = {p[1] for sp in splits.values() for k in ("test", "dev") for p in sp.get(k, [])}
    for name, sp in splits.items():
        if "train" in sp:
            sp["train"] = sorted((p for p in sp["train"] if p[1] not in held), key=lambda p: p[0])
        counts = {}
        for split, rows in sp.items():
            write_tsv(data / f"{name}.{split}.tsv", rows)
            counts[split] = len(rows)
            counts[f"{split}_en_words"] = sum(len(e.split()) for _, e, _ in rows)
            counts[f"{split}_es_words"] = sum(len(s.split()) for _, _, s in rows)
        stats[name] = counts
        log(work, f"data {name}: " + " ".join(f"{k} {v}" for k, v in counts.items() if "words" not in k))
    json.dump(stats, open(data / "stats.json", "w"), indent=1, ensure_ascii=False)


def domains(work: Path, split: str = "train") -> list[str]:
    """The domains that have `split` data in `work`."""
    order = TRAIN_DOMAINS if split == "train" else TEST_DOMAINS if split == "test" else SPLIT_DOMAINS
    return [d for d in order if (work / "data" / f"{d}.{split}.tsv").exists()]


def train_rows(work: Path) -> list[tuple[str, str, str]]:
    return [r for d in domains(work) for r in read_tsv(work / "data" / f"{d}.train.tsv")]


def stage_spm(args) -> None:
    work = args.work
    rows = train_rows(work)
    rng = random.Random(args.seed)
    texts = [e for _, e, _ in rows] + [s for _, _, s in rows]
    rng.shuffle(texts)
    tok_dir = work / "tokenizer"
    tok_dir.mkdir(parents=True, exist_ok=True)
    train_spm(texts, tok_dir / "spm", args.vocab_size, required_chars=REQUIRED_CHARS,
              split_digits=True)
    vocab = build_vocab(tok_dir / "spm.model")
    shutil.copy(tok_dir / "spm.model", tok_dir / "source.spm")
    shutil.copy(tok_dir / "spm.model", tok_dir / "target.spm")
    json.dump(vocab, open(tok_dir / "vocab.json", "w"), ensure_ascii=False, indent=0)
    log(work, f"spm: {args.vocab_size} pieces on {len(texts)} sentences, vocab.json {len(vocab)} entries")


def tokenizer(work: Path):
    from transformers import MarianTokenizer

    d = work / "tokenizer"
    return MarianTokenizer(str(d / "source.spm"), str(d / "target.spm"), str(d / "vocab.json"))


def new_model(args, vocab_size: int, pad: int):
    from transformers import MarianMTModel

    return MarianMTModel(marian_config(
        vocab_size, pad, d_model=args.d_model, encoder_layers=args.encoder_layers,
        decoder_layers=args.decoder_layers, heads=args.heads, ffn=args.ffn, max_positions=256,
        dropout=args.dropout, attention_dropout=0.0, activation_dropout=0.0,
    ))


def encode_corpus(tok, rows, max_tokens: int):
    """Token ids per pair; pairs longer than max_tokens on either side are dropped (truncating
    would teach the model to stop mid-sentence)."""
    src = tok([e for _, e, _ in rows], add_special_tokens=True)["input_ids"]
    tgt = tok(text_target=[s for _, _, s in rows], add_special_tokens=True)["input_ids"]
    return [(a, b) for a, b in zip(src, tgt) if len(a) <= max_tokens and len(b) <= max_tokens]


def batches(pairs, tokens_per_batch: int, rng: random.Random):
    """Length-bucketed batches of about tokens_per_batch (padded source + target) tokens."""
    idx = list(range(len(pairs)))
    rng.shuffle(idx)
    out = []
    for start in range(0, len(idx), 4096):  # sort within large shuffled windows
        window = sorted(idx[start:start + 4096], key=lambda i: (len(pairs[i][0]), len(pairs[i][1])))
        cur, longest = [], 0
        for i in window:
            longest_new = max(longest, len(pairs[i][0]) + len(pairs[i][1]))
            if cur and longest_new * (len(cur) + 1) > tokens_per_batch:
                out.append(cur)
                cur, longest_new = [], len(pairs[i][0]) + len(pairs[i][1])
            cur.append(i)
            longest = longest_new
        if cur:
            out.append(cur)
    rng.shuffle(out)
    return out


def collate(pairs, ids, pad: int, device):
    import torch

    src = [pairs[i][0] for i in ids]
    tgt = [pairs[i][1] for i in ids]
    ls, lt = max(map(len, src)), max(map(len, tgt))
    input_ids = torch.full((len(ids), ls), pad, dtype=torch.long)
    mask = torch.zeros((len(ids), ls), dtype=torch.long)
    labels = torch.full((len(ids), lt), -100, dtype=torch.long)
    dec_in = torch.full((len(ids), lt), pad, dtype=torch.long)
    for r, (a, b) in enumerate(zip(src, tgt)):
        input_ids[r, :len(a)] = torch.tensor(a)
        mask[r, :len(a)] = 1
        labels[r, :len(b)] = torch.tensor(b)
        dec_in[r, 1:len(b)] = torch.tensor(b[:-1])  # shifted right, decoder start = pad
    return input_ids.to(device), mask.to(device), dec_in.to(device), labels.to(device)


def dev_loss(model, pairs, pad: int, device) -> float:
    import torch

    model.eval()
    tot, n = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(pairs), 64):
            ids = list(range(start, min(start + 64, len(pairs))))
            x, m, d, y = collate(pairs, ids, pad, device)
            logits = model(input_ids=x, attention_mask=m, decoder_input_ids=d).logits
            loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1).float(), y.flatten(), ignore_index=-100,
                                                     reduction="sum")
            tot += float(loss)
            n += int((y != -100).sum())
    model.train()
    return tot / max(1, n)


def stage_train(args) -> None:
    import torch

    work = args.work
    device = torch.device(args.device)
    if args.device == "cpu":
        torch.set_num_threads(args.threads or max(1, os.cpu_count() or 1))
    tok = tokenizer(work)
    vocab = json.load(open(work / "tokenizer" / "vocab.json"))
    pad = vocab["<pad>"]
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    pairs = encode_corpus(tok, train_rows(work), args.max_tokens)
    dev = encode_corpus(tok, [r for d in domains(work, "dev") for r in read_tsv(work / "data" / f"{d}.dev.tsv")],
                        args.max_tokens)
    ckpt = work / "checkpoint.pt"
    model = new_model(args, len(vocab), pad).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.98), eps=1e-9, weight_decay=0.01)
    state = {"step": 0, "seconds": 0.0, "epoch": 0, "tokens": 0}
    if ckpt.exists():
        saved = torch.load(ckpt, map_location=device)
        model.load_state_dict(saved["model"])
        opt.load_state_dict(saved["opt"])
        state = saved["state"]
        log(work, f"resumed at step {state['step']} ({state['seconds']:.0f}s)")
    n_params = sum(p.numel() for p in model.parameters())
    log(work, f"train: {n_params / 1e6:.2f}M parameters, {len(pairs)} pairs, {len(dev)} dev pairs, "
              f"device {args.device} ({torch.get_num_threads()} threads), budget {args.minutes} min, "
              f"lr {args.lr}, {args.batch_tokens} tokens/batch, bf16 autocast {args.bf16}")
    budget = args.minutes * 60.0
    model.train()
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100, label_smoothing=args.label_smoothing)
    t_start = time.time() - state["seconds"]
    last_ckpt = time.time()
    done = False
    while not done:
        for ids in batches(pairs, args.batch_tokens, random.Random(args.seed + state["epoch"])):
            elapsed = time.time() - t_start
            if elapsed >= budget:
                done = True
                break
            step = state["step"]
            warm = min(1.0, (step + 1) / args.warmup)
            lr = args.lr * warm * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(1.0, elapsed / budget))))
            for g in opt.param_groups:
                g["lr"] = lr
            x, m, d, y = collate(pairs, ids, pad, device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.bf16):
                logits = model(input_ids=x, attention_mask=m, decoder_input_ids=d).logits
            loss = loss_fn(logits.flatten(0, 1).float(), y.flatten())
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            opt.zero_grad(set_to_none=True)
            state["step"] += 1
            state["tokens"] += int((y != -100).sum())
            if state["step"] % args.log_every == 0:
                log(work, f"step {state['step']} epoch {state['epoch']} loss {loss.item():.3f} lr {lr:.2e} "
                          f"tgt tokens {state['tokens']} ({elapsed:.0f}s)")
            if time.time() - last_ckpt > 600:
                state["seconds"] = time.time() - t_start
                torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "state": state}, ckpt)
                log(work, f"checkpoint: dev loss {dev_loss(model, dev, pad, device):.3f}")
                last_ckpt = time.time()
        else:
            state["epoch"] += 1
            log(work, f"epoch {state['epoch']} done at step {state['step']}")
    state["seconds"] = time.time() - t_start
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "state": state}, ckpt)
    dl = dev_loss(model, dev, pad, device)
    model.eval()  # dev_loss leaves the model in training mode (dropout on)
    log(work, f"train done: {state['step']} steps, {state['epoch']} full epochs, {state['seconds']:.0f}s, "
              f"dev loss {dl:.3f}")
    model = model.to("cpu").float()
    model.generation_config = generation_config(pad, args.max_length)
    pt_dir = work / "pt"
    model.save_pretrained(pt_dir)
    for f in ("source.spm", "target.spm", "vocab.json"):
        shutil.copy(work / "tokenizer" / f, pt_dir / f)
    json.dump({"parameters": n_params, "steps": state["step"], "epochs_completed": state["epoch"],
               "seconds": round(state["seconds"]), "target_tokens_seen": state["tokens"], "dev_loss": dl,
               "device": args.device, "threads": torch.get_num_threads(), "lr": args.lr,
               "batch_tokens": args.batch_tokens, "bf16_autocast": args.bf16, "label_smoothing": args.label_smoothing,
               "dropout": args.dropout}, open(pt_dir / "training.json", "w"), indent=1)
    enc = tok(README_SENTENCE, return_tensors="pt")
    out = model.generate(**enc)
    log(work, f"sample: {README_SENTENCE} -> {tok.decode(out[0], skip_special_tokens=True)}")


def stage_export(args) -> None:
    work = args.work
    onnx_dir = work / "onnx"
    if onnx_dir.exists():
        shutil.rmtree(onnx_dir)
    export_onnx(work / "pt", onnx_dir)
    for f in SHIPPED:
        shutil.copy(work / "pt" / f, onnx_dir / f)
    for extra in ("tokenizer_config.json", "special_tokens_map.json"):
        (onnx_dir / extra).unlink(missing_ok=True)
    quantize(onnx_dir, onnx_dir, per_channel=True)
    to_fp16(onnx_dir)
    for f in sorted(onnx_dir.iterdir()):
        log(work, f"export: {f.name} {f.stat().st_size / 1e6:.2f} MB")


_FINAL = ".!?…;"
_CLOSERS = "\"'”’»)]"


def split_sentences(text: str) -> list[str]:
    """edgemt's sentence splitting (src/split.rs, Latin punctuation): after final punctuation
    (and closing quotes or brackets) followed by whitespace or the end; pieces trimmed."""
    out, start, i = [], 0, 0
    while i < len(text):
        if text[i] in _FINAL:
            j = i + 1
            while j < len(text) and (text[j] in _FINAL or text[j] in _CLOSERS):
                j += 1
            if j == len(text) or text[j].isspace():
                if text[start:j].strip():
                    out.append(text[start:j].strip())
                start, i = j, j
                continue
        i += 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def torch_translate(work: Path, sentences: list[str], num_beams: int) -> list[str]:
    """PyTorch generate on each line split into sentences as edgemt splits it, the translations
    joined by a space (as edgemt joins them)."""
    import torch
    from transformers import MarianMTModel

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    tok = tokenizer(work)
    model = MarianMTModel.from_pretrained(work / "pt").eval()
    pieces = [split_sentences(s) for s in sentences]
    flat = [p for ps in pieces for p in ps]
    out = []
    with torch.no_grad():
        for start in range(0, len(flat), 16):
            chunk = flat[start:start + 16]
            enc = tok(chunk, return_tensors="pt", padding=True)
            gen = model.generate(**enc, num_beams=num_beams)
            out += tok.batch_decode(gen, skip_special_tokens=True)
    it = iter(out)
    return [" ".join(next(it) for _ in ps) for ps in pieces]


def edgemt_translate(edgemt: str, model_dir: Path, precision: str, sentences: list[str], num_beams: int,
                     extra: tuple[str, ...] = (), keep_numbers: bool = False,
                     max_piece_run: int | None = 0) -> list[str]:
    """edgemt's translations of `sentences`. By default edgemt's own output guards are off
    (`--free-numbers --max-piece-run 0`): the search is transformers' `generate`, which the scores
    compare with. `keep_numbers` turns the numbers guard on; `max_piece_run` None leaves edgemt's
    default piece-run limit, a number sets it."""
    inp = "\n".join(s.replace("\n", " ") for s in sentences) + "\n"
    guard = () if keep_numbers else ("--free-numbers",)
    if max_piece_run is not None:
        guard += ("--max-piece-run", str(max_piece_run))
    res = subprocess.run([edgemt, "translate", "--model", str(model_dir), "--precision", precision, "--beam",
                          str(num_beams), *guard, *extra], input=inp, capture_output=True, text=True, check=True)
    lines = res.stdout.split("\n")[:len(sentences)]
    assert len(lines) == len(sentences), (len(lines), len(sentences))
    return lines


# (no_repeat_ngram_size, repetition_penalty) settings tried by the decoding stage; (0, 1.0) = off.
DECODING_GRID = [(0, 1.0), (3, 1.0), (4, 1.0), (0, 1.1), (3, 1.1), (0, 1.2), (3, 1.2)]


def set_generation(work: Path, ngram: int, penalty: float) -> None:
    """Writes the decoding defaults into the generation_config.json of the PyTorch and ONNX builds."""
    for d in (work / "pt", work / "onnx"):
        path = d / "generation_config.json"
        if not path.exists():
            continue
        g = json.load(open(path))
        g.pop("no_repeat_ngram_size", None)
        g.pop("repetition_penalty", None)
        if ngram:
            g["no_repeat_ngram_size"] = ngram
        if penalty != 1.0:
            g["repetition_penalty"] = penalty
        json.dump(g, open(path, "w"), indent=2)


def stage_decoding(args) -> None:
    """Decoding defaults chosen on the dev splits (never on test text): edgemt int8, beam 4, for
    each setting of DECODING_GRID, chrF per dev domain and loops. The highest mean chrF wins; within
    0.1 of it, the setting with fewer loops. Written to generation_config.json (PyTorch and ONNX
    builds) and <work>/eval/decoding.json."""
    import sacrebleu

    work = args.work
    (work / "eval").mkdir(exist_ok=True)
    sp = target_spm(work)
    chrf = sacrebleu.metrics.CHRF()
    dev = {d: read_tsv(work / "data" / f"{d}.dev.tsv") for d in domains(work, "dev")}
    results = []
    for ngram, penalty in DECODING_GRID:
        r = {"no_repeat_ngram_size": ngram, "repetition_penalty": penalty, "chrF": {}, "loops": 0, "sentences": 0}
        for d, rows in dev.items():
            src, ref = [e for _, e, _ in rows], [t for _, _, t in rows]
            hyp = edgemt_translate(args.edgemt, work / "onnx", "int8", src, 4,
                                   ("--no-repeat-ngram-size", str(ngram), "--repetition-penalty", str(penalty)))
            r["chrF"][d] = round(chrf.corpus_score(hyp, [ref]).score, 2)
            r["loops"] += quality(src, hyp, sp)["loops"]
            r["sentences"] += len(src)
        r["mean_chrF"] = round(sum(r["chrF"].values()) / len(r["chrF"]), 2)
        results.append(r)
        log(work, f"decoding: {r}")
    best = max(r["mean_chrF"] for r in results)
    chosen = min((r for r in results if r["mean_chrF"] >= best - 0.1), key=lambda r: (r["loops"], -r["mean_chrF"]))
    set_generation(work, chosen["no_repeat_ngram_size"], chosen["repetition_penalty"])
    json.dump({"grid": results, "chosen": chosen}, open(work / "eval" / "decoding.json", "w"), indent=1)
    log(work, f"decoding: chose no_repeat_ngram_size {chosen['no_repeat_ngram_size']}, "
              f"repetition_penalty {chosen['repetition_penalty']}")


def stage_eval(args) -> None:
    import sacrebleu

    work = args.work
    ev = work / "eval"
    ev.mkdir(exist_ok=True)
    scores = {}
    sp = target_spm(work)
    chrf_metric, bleu_metric = sacrebleu.metrics.CHRF(), sacrebleu.metrics.BLEU()
    for domain in domains(work, "test"):
        rows = read_tsv(work / "data" / f"{domain}.test.tsv")
        src, ref = [e for _, e, _ in rows], [s for _, _, s in rows]
        (ev / f"{domain}.test.en").write_text("\n".join(src) + "\n")
        (ev / f"{domain}.test.es").write_text("\n".join(ref) + "\n")
        systems = {}
        t = time.time()
        systems["pytorch-f32"] = torch_translate(work, src, 4)
        log(work, f"eval {domain}: pytorch f32 {time.time() - t:.0f}s")
        for p in ("f32", "int8", "fp16"):
            t = time.time()
            systems[f"edgemt-{p}"] = edgemt_translate(args.edgemt, work / "onnx", p, src, 4)
            log(work, f"eval {domain}: edgemt {p} {time.time() - t:.0f}s")
        if args.baseline:
            # The previous bundled model (its own tokenizer and decoding defaults), same text.
            # Whole vocabulary, as the new model is scored here (its shortlist comes later).
            systems["previous-int8"] = edgemt_translate(args.edgemt, args.baseline, "int8", src, 4, ("--no-shortlist",))
        for name, hyp in systems.items():
            (ev / f"{domain}.{name}.es").write_text("\n".join(hyp) + "\n")
            chrf = chrf_metric.corpus_score(hyp, [ref]).score
            bleu = bleu_metric.corpus_score(hyp, [ref]).score
            same = sum(a == b for a, b in zip(hyp, systems["pytorch-f32"]))
            scores.setdefault(domain, {})[name] = {"chrF": round(chrf, 2), "BLEU": round(bleu, 2),
                                                   "same_as_pytorch": same, "sentences": len(src),
                                                   **quality(src, hyp, sp)}
            log(work, f"eval {domain} {name}: {scores[domain][name]}")
        scores[domain]["reference"] = quality(src, ref, sp)
    scores["sacrebleu"] = {"version": sacrebleu.__version__, "chrF": str(chrf_metric.get_signature()),
                           "BLEU": str(bleu_metric.get_signature())}
    json.dump(scores, open(ev / "scores.json", "w"), indent=1)
    everyday = {"text": EVERYDAY, "edgemt-int8": edgemt_translate(args.edgemt, work / "onnx", "int8", EVERYDAY, 4)}
    if args.baseline:
        everyday["previous-int8"] = edgemt_translate(args.edgemt, args.baseline, "int8", EVERYDAY, 4, ("--no-shortlist",))
    json.dump(everyday, open(ev / "everyday.json", "w"), indent=1, ensure_ascii=False)


def stage_shortlist(args) -> None:
    """<out>/lex.s2t.bin from the training pairs (build_shortlist.py; recall on the dev splits),
    then its effect on the held-out test splits: edgemt int8 on <out> with and without it, beam 4
    and greedy, chrF and outputs identical to the whole-vocabulary ones -> <out>/eval/shortlist.json."""
    import sacrebleu

    work, out = args.work, args.out
    data = work / "data"
    cmd = [sys.executable, str(Path(__file__).resolve().parent / "build_shortlist.py"), "--model", str(out),
           "--out", str(out / "lex.s2t.bin"), "--frequent", str(args.shortlist_frequent),
           "--best", str(args.shortlist_best), "--min-prob", str(args.shortlist_min_prob),
           "--train", *[str(data / f"{d}.train.tsv") for d in domains(work)],
           "--heldout", *[str(data / f"{d}.dev.tsv") for d in domains(work, "dev")]]
    built = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
    log(work, f"shortlist: {built}")
    json.dump({"build": built, "test": {}}, open(out / "eval" / "shortlist.json", "w"), indent=1)
    stage_shortlist_eval(args)


def paired_bootstrap(metric, a: list[str], b: list[str], ref: list[str], samples: int = 1000,
                     seed: int = 12345) -> dict:
    """Paired bootstrap of corpus score(b) − score(a) (Koehn 2004): `samples` resamples of the
    sentences with replacement, both systems scored on the same resample from per-sentence
    statistics. Returns the 95% interval of the change and p, the share of resamples whose change
    has the other sign than (or is zero against) the observed one, doubled (two-sided).
    sacrebleu's own PairedTest gives each system's interval, not the change's; the per-sentence
    statistics come from its metric's `_extract_corpus_statistics` / `_compute_score_from_stats`,
    private methods, hence the exact sacrebleu pin in requirements.txt."""
    import numpy as np

    sa = np.array(metric._extract_corpus_statistics(a, [ref]))
    sb = np.array(metric._extract_corpus_statistics(b, [ref]))
    score = lambda st: metric._compute_score_from_stats(st.sum(0).tolist()).score  # noqa: E731
    observed = score(sb) - score(sa)
    rng = np.random.default_rng(seed)
    deltas = np.empty(samples)
    for i in range(samples):
        idx = rng.integers(0, len(a), len(a))
        deltas[i] = score(sb[idx]) - score(sa[idx])
    lo, hi = np.percentile(deltas, [2.5, 97.5])
    other = np.mean(deltas <= 0) if observed > 0 else np.mean(deltas >= 0)
    return {"change_ci95": [round(float(lo), 2), round(float(hi), 2)], "p": round(float(min(1.0, 2 * other)), 3)}


def stage_shortlist_eval(args) -> None:
    """The shortlist's effect on the held-out test splits: edgemt int8 on <out> with and without
    <out>/lex.s2t.bin, beam 4 and greedy: chrF, its change with a paired-bootstrap 95% interval,
    and outputs identical to the whole-vocabulary ones -> <out>/eval/shortlist.json ("test")."""
    import sacrebleu

    work, out = args.work, args.out
    path = out / "eval" / "shortlist.json"
    result = json.load(open(path))
    chrf = sacrebleu.metrics.CHRF()
    result["test"] = {}
    for domain in domains(work, "test"):
        src = (out / "eval" / f"{domain}.test.en").read_text().splitlines()
        ref = (out / "eval" / f"{domain}.test.es").read_text().splitlines()
        for beams in (4, 1):
            full = edgemt_translate(args.edgemt, out, "int8", src, beams, ("--no-shortlist",))
            short = edgemt_translate(args.edgemt, out, "int8", src, beams)
            r = {"chrF_full": round(chrf.corpus_score(full, [ref]).score, 2),
                 "chrF_shortlist": round(chrf.corpus_score(short, [ref]).score, 2),
                 **paired_bootstrap(chrf, full, short, ref),
                 "identical": sum(a == b for a, b in zip(full, short)), "sentences": len(src)}
            result["test"][f"{domain}.beam{beams}"] = r
            log(work, f"shortlist {domain} beam {beams}: {r}")
    json.dump(result, open(path, "w"), indent=1)


def shortlist_card(out: Path) -> str:
    """The model card's shortlist section, from <out>/eval/shortlist.json (empty without it)."""
    path = out / "eval" / "shortlist.json"
    if not path.exists():
        return ""
    r = json.load(open(path))
    b = r["build"]
    rows = []
    for key, v in r["test"].items():
        domain, beams = key.split(".")
        ci = (f" | {v['change_ci95'][0]:+.2f} … {v['change_ci95'][1]:+.2f} | {v['p']:.2f}"
              if "change_ci95" in v else " | – | –")
        rows.append(f"| {domain} | {beams.replace('beam', '')} | {v['chrF_full']:.2f} | {v['chrF_shortlist']:.2f} | "
                    f"{v['chrF_shortlist'] - v['chrF_full']:+.2f}{ci} | {v['identical']}/{v['sentences']} |")
    dev = ", ".join(f"{k.split('.')[0]} {v['candidates_mean']:.0f} candidates, {100 * v['reference_recall']:.1f}% "
                    f"of reference pieces" for k, v in b["heldout"].items())
    return f"""
## Vocabulary shortlist

`lex.s2t.bin` (Marian/Bergamot binary format, {b['bytes'] / 1e6:.1f} MB) was built from the training pairs by
`models/tools/build_shortlist.py` (IBM Model 1 over SentencePiece pieces, {b['iterations']} EM iterations): the
{b['frequent']} lowest ids always, and per source piece its {b['best']} most probable target pieces with
p(t|s) ≥ {b['min_prob']}. On the dev splits: {dev}. edgemt uses it by default (`--no-shortlist` to
score all {json.load(open(out / "config.json"))["vocab_size"]:,} ids). Held-out test splits, edgemt int8:

| domain | beams | chrF whole vocabulary | chrF shortlist | change | 95% interval | p | identical outputs |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

Interval and p: paired bootstrap over the test sentences (1,000 resamples; p is two-sided: how
often a resample's change has the other sign). Greedy search returns the whole-vocabulary output
whenever the candidates contain it (the logits of the candidates are the same numbers); beam
search normalises over the candidates, which moves some beams.
"""


def stage_refs(args) -> None:
    """Integration-test references: 3 held-out sentences per split domain, greedy and beam 4
    (few: the test runs them under emulation too)."""
    import torch
    from transformers import MarianMTModel

    work = args.work
    tok = tokenizer(work)
    pad = json.load(open(work / "tokenizer" / "vocab.json"))["<pad>"]
    sentences = [e for d in domains(work, "dev") for _, e, _ in read_tsv(work / "data" / f"{d}.test.tsv")[:3]]
    sentences.append(README_SENTENCE)  # the README's example: Genesis 1:1, in the dev split
    trained = {e for _, e, _ in train_rows(work)}
    torch_model = MarianMTModel.from_pretrained(work / "pt").eval()
    ort = ort_model(work / "onnx", "_quantized")
    refs = {"model": args.out.name, "sentences": []}
    for s in sentences:
        enc = tok(s, return_tensors="pt")
        row = {"text": s, "readme": s == README_SENTENCE, "held_out": s not in trained,
               "input_ids": enc["input_ids"][0].tolist()}
        for name, m in (("torch_f32", torch_model), ("ort_int8", ort)):
            with torch.no_grad():
                g = m.generate(**enc, num_beams=1, do_sample=False)
                b = m.generate(**enc, num_beams=4, do_sample=False, output_scores=True, return_dict_in_generate=True)
            row[f"{name}_greedy"] = strip_output(g[0].tolist(), pad)
            row[f"{name}_beam4"] = strip_output(b.sequences[0].tolist(), pad)
            row[f"{name}_beam4_score"] = float(b.sequences_scores[0])
        row["torch_f32_text"] = tok.decode(row["torch_f32_beam4"], skip_special_tokens=True)
        row["ort_int8_text"] = tok.decode(row["ort_int8_beam4"], skip_special_tokens=True)
        refs["sentences"].append(row)
        log(work, f"refs: {s!r} -> {row['torch_f32_text']!r} (int8 greedy same: "
                  f"{row['ort_int8_greedy'] == row['torch_f32_greedy']}, beam same: "
                  f"{row['ort_int8_beam4'] == row['torch_f32_beam4']})")
    args.refs.parent.mkdir(parents=True, exist_ok=True)
    json.dump(refs, open(args.refs, "w"), ensure_ascii=False, indent=1)


def stage_package(args) -> None:
    work, out = args.work, args.out
    out.mkdir(parents=True, exist_ok=True)
    for f in out.glob("*.onnx"):
        f.unlink()
    for f in SHIPPED:
        shutil.copy(work / "onnx" / f, out / f)
    for part in ("encoder_model", "decoder_model", "decoder_with_past_model"):
        for suffix in args.ship:
            shutil.copy(work / "onnx" / f"{part}{suffix}.onnx", out / f"{part}{suffix}.onnx")
    shutil.copy(work / "training_log.txt", out / "training_log.txt")
    (out / "eval").mkdir(exist_ok=True)
    for f in (work / "eval").iterdir():
        shutil.copy(f, out / "eval" / f.name)
    shutil.copy(work / "data" / "stats.json", out / "eval" / "data_stats.json")
    shutil.copy(work / "pt" / "training.json", out / "eval" / "training.json")
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    log(work, f"package: {out} {total / 1e6:.1f} MB")


DOMAIN_NAMES = {"bible": "Bible", "ui": "UI strings", "help": "LibreOffice help", "dict": "dictionary",
                "general": "general (Freeciv legends)"}


def numbers_cell(q: dict) -> str:
    """A model-card cell for `quality`'s numbers: "copied/with digits (pct%)", or "–" without digits."""
    return f"{q['numbers_copied']}/{q['with_digits']} ({q['numbers_pct']:.0f}%)" if q["with_digits"] else "–"


def numbers_card(out: Path) -> str:
    """The model card's numbers-guard section, from <out>/eval/numbers.json
    (`models/tools/eval_numbers.py`; empty without it)."""
    path = out / "eval" / "numbers.json"
    if not path.exists():
        return ""
    r = json.load(open(path))
    rows = []
    for domain, by_beam in r["domains"].items():
        for key, v in by_beam.items():
            f, g = v["free"], v["guard"]
            rows.append(f"| {domain} | {key.replace('beam', '')} | {f['chrF']:.2f} | {g['chrF']:.2f} | {numbers_cell(f)} | "
                        f"{numbers_cell(g)} | {f['loops_pct']:.1f}% | {g['loops_pct']:.1f}% | {v['changed']}/{v['sentences']} |")
    return f"""
## Numbers guard

edgemt keeps numbers as the source writes them by default: every number of a translation is one
of its source sentence's, digit for digit, at most as often (separators may change); the search
enforces it, the model still chooses where numbers go (`--free-numbers` turns it off; the
scores above are without it, as `generate` decodes). `models/tools/eval_numbers.py`, held-out
test splits, edgemt {r['precision']} with this model's shortlist, decoding defaults and piece-run limit:

| domain | beams | chrF free | chrF guard | numbers free | numbers guard | loops free | loops guard | outputs changed |
|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}
"""


def piece_run_card(out: Path) -> str:
    """The model card's piece-run section, from <out>/eval/piece_run.json
    (`models/tools/eval_piece_run.py`; empty without it)."""
    path = out / "eval" / "piece_run.json"
    if not path.exists():
        return ""
    r = json.load(open(path))
    c = str(r["chosen"])
    dev_names = list(r["grid"][0]["dev"])
    grid = "\n".join(f"| {g['max_piece_run'] or 'off'} | " + " | ".join(f"{g['dev'][d]['chrF']:.2f}" for d in dev_names)
                     + f" | {g['mean_chrF']:.2f} | {g['loops']}/{sum(v['sentences'] for v in g['dev'].values())} |"
                     for g in r["grid"])
    test = "\n".join(f"| {d} | {v['0']['chrF']:.2f} | {v[c]['chrF']:.2f} | {v['0']['loops_pct']:.1f}% | "
                      f"{v[c]['loops_pct']:.1f}% |" for d, v in r["test"].items())
    return f"""
## Piece-run limit

edgemt bans a SentencePiece piece with a letter from following {c} copies of itself
(`--max-piece-run`, default {c}; 0 = no limit, as `generate`): the loops of this model spelling
a word it does not know ("Basasasoth", "lechetetetete"). The limit was chosen on the dev splits
(`models/tools/eval_piece_run.py`: the highest mean chrF, then the fewest loops; edgemt int8,
beam 4, with the decoding defaults above — no_repeat_ngram_size 3 already bans a fourth copy, so
3 and 4 change nothing):

| max_piece_run | {" | ".join(f"{d} dev chrF" for d in dev_names)} | mean | dev loops |
|---|{"---|" * (len(dev_names) + 2)}
{grid}

Held-out test splits (the general-domain set never used to choose anything):

| domain | chrF no limit | chrF limit {c} | loops no limit | loops limit {c} |
|---|---|---|---|---|
{test}

It removes the repetition, not the cause: where the model loops it does not know the word, and
the output stays wrong (chrF barely moves).
"""


def decoding_card(out: Path) -> str:
    """The card's decoding-defaults section, from <out>/eval/decoding.json (empty without it)."""
    path = out / "eval" / "decoding.json"
    if not path.exists():
        return ""
    r = json.load(open(path))
    doms = list(r["grid"][0]["chrF"])
    rows = [f"| {g['no_repeat_ngram_size'] or 'off'} | {g['repetition_penalty']:g} | "
            + " | ".join(f"{g['chrF'][d]:.2f}" for d in doms)
            + f" | {g['mean_chrF']:.2f} | {g['loops']}/{g['sentences']} |" for g in r["grid"]]
    c = r["chosen"]
    chosen = ", ".join(x for x in (f"`no_repeat_ngram_size` {c['no_repeat_ngram_size']}" if c["no_repeat_ngram_size"] else "",
                                   f"`repetition_penalty` {c['repetition_penalty']:g}" if c["repetition_penalty"] != 1.0 else "")
                       if x) or "neither"
    return f"""
## Decoding defaults

`generation_config.json` sets {chosen}: chosen by `build_model.py decoding` on the dev splits only
(edgemt int8, beam 4; the highest mean chrF, and among settings within 0.1 of it the one with the
fewest loops: a word or a lettered piece three times in a row). `--no-repeat-ngram-size 0` and
`--repetition-penalty 1` turn them off.

| no_repeat_ngram_size | repetition_penalty | {' | '.join(DOMAIN_NAMES[d] + ' chrF' for d in doms)} | mean | loops |
|---|---|{'---|' * len(doms)}---|---|
{chr(10).join(rows)}
"""


def stage_card(args) -> None:
    """models/<name>/README.md from the recorded data statistics, training summary and scores."""
    out = args.out
    stats = json.load(open(out / "eval" / "data_stats.json"))
    tr = json.load(open(out / "eval" / "training.json"))
    scores = json.load(open(out / "eval" / "scores.json"))
    cfg = json.load(open(out / "config.json"))
    gen = json.load(open(out / "generation_config.json"))
    sizes = {f.name: f.stat().st_size for f in sorted(out.glob("*")) if f.is_file() and f.name != "README.md"}
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file() and f.name != "README.md")
    built = {f.name: f.stat().st_size for f in sorted((args.work / "onnx").glob("*.onnx"))}

    def mb(n):
        return f"{n / 1e6:.1f} MB"

    test_domains = [d for d in TEST_DOMAINS if d in scores]
    rows = []
    for domain in test_domains:
        for system, sc in scores[domain].items():
            if system == "reference":
                continue
            same = "–" if system.startswith("previous") else f"{sc['same_as_pytorch']}/{sc['sentences']}"
            rows.append(f"| {DOMAIN_NAMES[domain]} | {system} | {sc['chrF']:.2f} | {sc['BLEU']:.2f} | "
                        f"{same} | {sc['loops_pct']:.1f}% | {numbers_cell(sc)} |")
        ref = scores[domain]["reference"]
        rows.append(f"| {DOMAIN_NAMES[domain]} | *human reference* | | | | {ref['loops_pct']:.1f}% | {numbers_cell(ref)} |")
    pkg_rows = [f"| {p} | {m['version']} | {m['license']} | {m['pairs']} |"
                for p, m in sorted(stats["gettext_packages"].items(), key=lambda kv: -kv[1]["pairs"]) if m["pairs"]]
    other = stats.get("packages", {})
    source_rows = [
        ("bible", "World English Bible (`sword-text-web`) / Reina-Valera 1909 (`sword-text-sparv`)", "public domain"),
        ("ui", "Spanish gettext catalogs of the Debian packages below", "per package, below"),
        ("help", "LibreOffice help pages, `libreoffice-help-en-us` / `libreoffice-help-es` "
                 f"{other.get('libreoffice-help-es', {}).get('version', '')}",
         other.get("libreoffice-help-es", {}).get("license", "MPL-2.0")),
        ("dict", f"FreeDict English-Spanish, `dict-freedict-eng-spa` {other.get('dict-freedict-eng-spa', {}).get('version', '')}",
         other.get("dict-freedict-eng-spa", {}).get("license", "GPL")),
        ("general", f"Freeciv nation legends, `freeciv-data` {other.get('freeciv-data', {}).get('version', '')} "
                    "(`freeciv-nations.mo`)", other.get("freeciv-data", {}).get("license", "GPL-2+")),
    ]
    data_rows = []
    for d, src, lic in source_rows:
        if d not in stats:
            continue
        st = stats[d]
        data_rows.append(f"| {DOMAIN_NAMES[d]} | {src} | {lic} | {st.get('train', 0):,} | "
                         f"{st.get('train_en_words', 0):,} | {st.get('train_es_words', 0):,} | {st.get('dev', 0)} | "
                         f"{st.get('test', 0)} |")
    shipped = "\n".join(f"| `{n}` | {mb(b)} |" for n, b in sizes.items())
    built_rows = "\n".join(f"| `{n}` | {mb(b)} |" for n, b in built.items())
    refs = json.load(open(args.refs))
    readme = next(r for r in refs["sentences"] if r["readme"])
    ex = [f"| {readme['text']} | {readme['ort_int8_text']} | En el principio crió Dios los cielos y la tierra. |"]
    for domain in test_domains:
        lines = [(out / "eval" / f"{domain}.{k}").read_text().split("\n")[:2] for k in ("test.en", "edgemt-int8.es", "test.es")]
        ex += [f"| {a} | {b} | {c} |" for a, b, c in zip(*lines)]
    examples = "\n".join(e.replace("\t", " ") for e in ex)
    everyday = ""
    if (out / "eval" / "everyday.json").exists():
        ed = json.load(open(out / "eval" / "everyday.json"))
        prev = ed.get("previous-int8")
        head = "| English | this model (int8) |" + (" previous bundled model |" if prev else "")
        sep = "|---|---|" + ("---|" if prev else "")
        lines = [f"| {t} | {h} |" + (f" {prev[i]} |" if prev else "") for i, (t, h) in enumerate(zip(ed["text"], ed["edgemt-int8"]))]
        everyday = f"""
### Everyday sentences

Outside every training domain; shown as they come out, right or wrong (beam 4, int8):

{head}
{sep}
{chr(10).join(lines)}
"""
    text = f"""# en-es-small: a small English→Spanish Marian model for edgemt

A Marian Transformer trained from scratch on public, offline parallel text (Bible verses, software
UI strings, LibreOffice help pages and a small dictionary), exported with Optimum and quantised to
int8. It is what `edgemt translate "..."` uses when no `--model` is given. Built by
`models/tools/build_model.py` (see "Rebuilding").

**What to expect.** {tr['parameters'] / 1e6:.1f} M parameters trained for {tr['seconds'] / 60:.0f} minutes on
{tr['threads']} CPU threads. It translates Bible-style English, short software UI strings and
software help text into Spanish — the domains it has seen. Bible output follows the Reina-Valera
1909 (old spelling: "á" as a word, "Jehová", "vosotros"). General text (news, conversation,
history) is out of domain: expect wrong words and dropped clauses (scores on a general-domain set
and everyday sentences below). It is a demonstration model for the runtime, not a production
translator; use an opus-mt model exported the same way for real work.

## Usage

```sh
edgemt translate "In the beginning God created the heavens and the earth."   # this model, int8
edgemt translate --model models/en-es-small --beam 1 "Save the document"     # greedy
```

## Architecture

| | |
|---|---|
| type | MarianMTModel (post-norm Transformer, sinusoidal positions, swish) |
| d_model / heads / FFN | {cfg['d_model']} / {cfg['encoder_attention_heads']} / {cfg['encoder_ffn_dim']} |
| layers | {cfg['encoder_layers']} encoder + {cfg['decoder_layers']} decoder (deep encoder, shallow decoder: the decoder runs per token) |
| vocabulary | {cfg['vocab_size']} (SentencePiece unigram, {args.vocab_size} pieces, shared by source and target, trained on the training text; tied embeddings) |
| characters | every one of `{REQUIRED_CHARS}` is a piece of its own (`required_chars`), whatever its count in the training text; digits are split (`split_digits`), so numbers are written digit by digit |
| parameters | {tr['parameters']:,} |
| generation | beam {gen.get('num_beams', 1)}, max_length {gen['max_length']}, no_repeat_ngram_size {gen.get('no_repeat_ngram_size', 0)}, repetition_penalty {gen.get('repetition_penalty', 1.0):g} |

## Files

Shipped here (int8 per-channel: onnxruntime `quantize_dynamic`, weights int8 with one scale per
output channel, activations quantised per tensor at run time):

| file | size |
|---|---|
{shipped}
| **total (with eval/ and log)** | **{mb(total)}** |

The f32 and fp16 exports are built by the same script; they are not committed to keep the
directory under 40 MB (each ONNX file carries its own copy of the 8k×{cfg['d_model']} embedding table):

| file (build directory) | size |
|---|---|
{built_rows}

## Data

All text is real human translation available offline on Debian bookworm (`apt-get download`;
licences from each package's copyright file).

| domain | source | licence | train pairs | English words | Spanish words | dev | test |
|---|---|---|---|---|---|---|---|
{chr(10).join(data_rows)}

* **Bible**: exported with `mod2imp`; footnotes, headings and the glossary dropped; verse pairs with
  an implausible length ratio (different verse numbering) filtered out.
* **UI strings**: English msgid → Spanish msgstr; accelerators (`_File`, `&File`, `~File`)
  removed, simple markup stripped, integer printf placeholders replaced by the same random number
  (1–6 digits) on both sides, `%%` read as a percent sign, strings with any other placeholder,
  untranslated strings and identifiers dropped, one translation per English string.
* **LibreOffice help**: the English and Spanish help pages paired by their own paragraph ids
  (same page, same `par_id…`/`hd_id…`); untranslated paragraphs, formula placeholders and
  implausible length ratios dropped.
* **Dictionary**: each FreeDict headword with its first translation (lexical coverage; no
  held-out split).
* **General**: Freeciv's nation legends (short histories of peoples and states, with years and
  numbers): test text only, never trained on and never used to choose anything.

The held-out dev and test splits are chosen per domain by a hash of the English text; no English
text of any held-out split (or of the general set) is trained on in any domain. The test sets and
every system's output are in `eval/`.

UI catalogs used:

| package | version | licence (Debian copyright file) | pairs kept |
|---|---|---|---|
{chr(10).join(pkg_rows)}

The model weights are derived from these texts; they are under the free licences listed (mostly
GPL/LGPL/MPL). To build a model from public-domain text only (the Bible), run the script with
`--no-ui`.

## Training

`models/tools/build_model.py train --device {tr['device']} --minutes {args.minutes:g}`: PyTorch
{__import__('torch').__version__.split('+')[0]}, transformers {__import__('transformers').__version__}, on {tr['threads']} CPU threads of an x86_64 Xeon
(no GPU was available to this build; `--device cuda` trains the same model on a GPU).
AdamW (β 0.9/0.98, weight decay 0.01), peak learning rate {tr['lr']}, {args.warmup} warm-up steps then
cosine decay over the time box, label smoothing {tr['label_smoothing']}, dropout {tr['dropout']},
batches of ~{tr['batch_tokens']} padded tokens, bf16 autocast: {tr.get('bf16_autocast', False)}.
{tr['steps']:,} steps, {tr['epochs_completed']} complete epochs, {tr['target_tokens_seen']:,} target tokens,
{tr['seconds'] / 60:.1f} minutes; dev loss (no smoothing) {tr['dev_loss']:.3f}. The log is `training_log.txt`.
{decoding_card(out)}
## Scores

sacrebleu {scores['sacrebleu']['version']} (`{scores['sacrebleu']['chrF']}`, `{scores['sacrebleu']['BLEU']}`) on the
held-out test splits, beam 4. "same" = outputs identical to PyTorch f32's; "loops" = outputs with
a word or a lettered SentencePiece piece three times in a row; "numbers" = sentences with digits
whose output has exactly the source's numbers (separators ignored: 1,000.5 = 1.000,5), also shown
for the human reference. "previous-int8" is the bundled model before this one, on the same text.

| domain | system | chrF | BLEU | same | loops | numbers |
|---|---|---|---|---|---|---|
{chr(10).join(rows)}

PyTorch f32 is `MarianMTModel.generate` (transformers); edgemt is `edgemt translate --precision P`
on the Optimum export (native engine). Both translate each line sentence by sentence (edgemt's
default; the build script splits the same way for PyTorch) and join the sentences by a space.
References are single human translations; the Bible reference is a 1909 translation, so a modern
but correct rendering scores low.
{shortlist_card(out)}{numbers_card(out)}{piece_run_card(out)}
## Examples

The README's sentence (Genesis 1:1 is in the dev split: never trained on; the training text has
"In the beginning, God created …") and the first held-out test sentences of each domain, edgemt
int8 beside the human reference:

| English | edgemt int8 | reference |
|---|---|---|
{examples}
{everyday}
## Rebuilding

```sh
python3 -m venv venv && venv/bin/pip install -r models/tools/requirements.txt
sudo apt-get install libsword-utils sword-text-web sword-text-sparv gettext
cargo build --release
venv/bin/python models/tools/build_model.py all --device cpu --minutes {args.minutes:g}   # or --device cuda
```
"""
    (out / "README.md").write_text(text)
    log(args.work, f"card: {out / 'README.md'}")


STAGES = {"data": stage_data, "spm": stage_spm, "train": stage_train, "export": stage_export,
          "decoding": stage_decoding, "eval": stage_eval, "refs": stage_refs, "package": stage_package,
          "shortlist": stage_shortlist, "shortlist-eval": stage_shortlist_eval, "card": stage_card}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stages", nargs="+", choices=[*STAGES, "all"])
    ap.add_argument("--work", type=Path, default=Path("/tmp/edgemt-en-es"))
    ap.add_argument("--out", type=Path, default=Path("models/en-es-small"))
    ap.add_argument("--refs", type=Path, default=Path("tests/fixtures/refs/bundled.json"))
    ap.add_argument("--device", default="cpu", help="torch device: cpu, cuda, cuda:1, ...")
    ap.add_argument("--threads", type=int, default=0, help="CPU threads (0 = all cores)")
    ap.add_argument("--minutes", type=float, default=60.0, help="training time box")
    ap.add_argument("--vocab-size", type=int, default=8000)
    ap.add_argument("--d-model", type=int, default=256)
    ap.add_argument("--encoder-layers", type=int, default=4)
    ap.add_argument("--decoder-layers", type=int, default=3)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ffn", type=int, default=1024)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--label-smoothing", type=float, default=0.1)
    ap.add_argument("--lr", type=float, default=6e-4)
    ap.add_argument("--warmup", type=int, default=600)
    ap.add_argument("--bf16", action=argparse.BooleanOptionalAction, default=True,
                    help="bf16 autocast for the forward pass (weights and optimizer stay f32)")
    ap.add_argument("--batch-tokens", type=int, default=6000, help="padded source+target tokens per batch")
    ap.add_argument("--max-tokens", type=int, default=128, help="longest training sentence in pieces")
    ap.add_argument("--max-length", type=int, default=256, help="generation_config max_length")
    ap.add_argument("--log-every", type=int, default=50)
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--no-ui", action="store_true", help="Bible text only (public domain): no gettext catalogs, help pages or dictionary")
    ap.add_argument("--edgemt", default="target/release/edgemt", help="edgemt binary for the eval stage")
    ap.add_argument("--baseline", type=Path, help="a previous model directory, scored beside the new one by eval")
    ap.add_argument("--shortlist-frequent", type=int, default=100)
    ap.add_argument("--shortlist-best", type=int, default=50)
    ap.add_argument("--shortlist-min-prob", type=float, default=1e-3)
    ap.add_argument("--ship", nargs="+", default=["_quantized"],
                    help="ONNX variants copied into --out ('' = f32)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    stages = [s for s in STAGES if s != "shortlist-eval"] if "all" in args.stages else args.stages
    for s in stages:
        STAGES[s](args)


if __name__ == "__main__":
    main()

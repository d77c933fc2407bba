"""python -m gradientdesk.bench [--json] [--quick] [--gui] [--micro]: engine speed on the workloads W1-W3 and the cost
of a 16-run W2 sweep in one RunSet over one W2 Trainer ("sweep": {"runs", "cost_vs_single", and the times per
step "single_us_per_step", "sweep_us_per_step"}); with --gui also the
real window training W2, once with the usual views ("gui") and once with every inspection view open
("gui_all_views"), a 16-run W2 learning-rate sweep in the Sweep dialog ("gui_sweep"), then with 100,000 points on a
16-16-16 and an 8x64 network ("gui_100k_16-16-16", "gui_100k_8x64": lag, frames/s, snapshot and exact-numbers cost,
peak memory); with --micro single GUI pieces against their targets ("micro": contour, parameter table, closing while
training; "micro_100k": closing during long work on 100,000 points, Play during a landscape, a click)."""

from __future__ import annotations

import argparse
import json
import sys

from . import sweep_bench
from .engine_bench import measure
from .workloads import workloads

TARGETS = {"W1": 3000, "W2": 1500, "W3": 150}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gradientdesk.bench", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--quick", action="store_true", help="shorter runs (less precise)")
    parser.add_argument("--gui", action="store_true",
                        help="also measure the real main window (offscreen) training W2 for ~10 s, then again "
                             "with every view open")
    parser.add_argument("--micro", action="store_true",
                        help="also time single GUI pieces (boundary contour, parameter table update, closing the "
                             "window while training) against their targets")
    parser.add_argument("--soak", type=float, metavar="MINUTES",
                        help="only a soak: the 8x64 network with every view open, at full speed, for MINUTES minutes; "
                             "frames/s, lag p99, steps/s and memory every minute")
    parser.add_argument("--frame-costs", action="store_true",
                        help="only the GUI thread's time per frame by view (canvas, loss plot, parameter table, "
                             "diagram, ...), with the usual views and with every view open; in its own process")
    args = parser.parse_args(argv)
    if args.frame_costs:
        from . import frame_costs

        seconds = 3.0 if args.quick else 8.0
        costs = {"gui": frame_costs.measure(seconds), "gui_all_views": frame_costs.measure(seconds, all_views=True)}
        if args.json:
            print(json.dumps({"frame_costs": costs}))
            return 0
        for key, result in costs.items():
            print(f"{key}: {result['frames']} frames, GUI thread {result['gui_ms_per_frame']:.2f} ms a frame "
                  f"({result['charged_ms_per_frame']:.2f} ms charged to a view or the window):")
            for view, ms in result["views_ms_per_frame"].items():
                print(f"  {view:<22} {ms:7.3f} ms")
        return 0
    if args.soak is not None:
        from . import soak

        def line(m: soak.Minute) -> None:
            if not args.json:
                print(f"minute {m.minute}: {m.frames_per_s:.1f} frames/s (target >= 25), lag p99 {m.lag_p99_ms:.1f} ms "
                      f"(<= 50), max {m.lag_max_ms:.1f} ms, {m.steps_per_s:.0f} steps/s, {m.rss_mb:.0f} MB", flush=True)

        minutes = soak.run(args.soak, line)
        if args.json:
            print(json.dumps({"soak": soak.as_dicts(minutes)}))
        return 0
    seconds, repetitions = (0.2, 3) if args.quick else (0.6, 5)
    results: dict[str, dict[str, float]] = {name: measure(w, seconds, repetitions) for name, w in workloads().items()}
    results["sweep"] = sweep_bench.measure(workloads()["W2"], seconds, repetitions)
    if args.gui:
        from . import gui_bench

        results["gui"] = gui_bench.measure(3.0 if args.quick else 10.0)
        results["gui_all_views"] = gui_bench.measure(3.0 if args.quick else 10.0, all_views=True)
        from . import gui_sweep_bench

        results["gui_sweep"] = gui_sweep_bench.measure(3.0 if args.quick else 10.0)
        from . import big_data_bench

        for network in big_data_bench.NETWORKS:
            results[f"gui_100k_{network}"] = big_data_bench.measure_gui(3.0 if args.quick else 10.0, network)
    if args.micro:
        from . import micro_bench

        results["micro"] = micro_bench.measure(quick=args.quick)
        from . import big_data_bench

        results["micro_100k"] = big_data_bench.measure_micro()
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{'workload':<40} {'epochs/s':>10} {'target':>8} {'steps/s':>10} {'grid ms':>8} {'x plain':>8}")
    for name, w in workloads().items():
        r = results[name]
        print(
            f"{name + ': ' + w.description:<40} {r['epochs_per_s']:>10.0f} {TARGETS[name]:>8} "
            f"{r['steps_per_s']:>10.0f} {r['grid_ms']:>8.2f} {r['vs_plain']:>8.2f}"
        )
    print("x plain: steps/s over a straightforward numpy trainer of the same workload, timed in this run "
          "(target >= 4 for W2)")
    sweep = results["sweep"]
    print(f"sweep: {sweep['runs']:.0f} W2 runs in one RunSet cost {sweep['cost_vs_single']:.2f} x one W2 Trainer "
          f"(target <= {sweep_bench.TARGET:g}): {sweep['sweep_us_per_step']:.1f} us a step of all, "
          f"{sweep['single_us_per_step']:.1f} us one Trainer's")
    for key in ("gui", "gui_all_views"):
        if key in results:
            r = results[key]
            print(f"{key}: {r['steps_per_s']:.0f} steps/s ({r['steps_per_s'] / r['headless_steps_per_s']:.0%} of "
                  f"{r['headless_steps_per_s']:.0f} headless), {r['frames_per_s']:.1f} frames/s, GUI lag p50 "
                  f"{r['lag_p50_ms']:.1f} / p99 {r['lag_p99_ms']:.1f} / max {r['lag_max_ms']:.1f} ms, GUI thread "
                  f"{r['gui_ms_per_frame']:.1f} ms a frame "
                  "(targets: >= 75% (65% all views), >= 30 frames/s, p99 <= 20 ms, max <= 60 ms, <= 6 ms a frame)")
    if "gui_sweep" in results:
        r = results["gui_sweep"]
        print(f"gui_sweep: {r['runs']:.0f} W2 runs in the Sweep dialog, {r['run_steps_per_s']:.0f} run-steps/s, "
              f"{r['frames_per_s']:.1f} frames/s, GUI lag p50 {r['lag_p50_ms']:.1f} / p99 {r['lag_p99_ms']:.1f} / "
              f"max {r['lag_max_ms']:.1f} ms, GUI thread {r['gui_ms_per_frame']:.1f} ms a frame "
              "(targets: >= 30 frames/s, p99 <= 30 ms, max <= 100 ms)")
    for key in [k for k in results if k.startswith("gui_100k_")]:
        r = results[key]
        print(f"{key}: lag p50 {r['lag_p50_ms']:.1f} / p99 {r['lag_p99_ms']:.1f} / max {r['lag_max_ms']:.1f} ms "
              f"(target p99 <= 100), {r['frames_per_s']:.1f} frames/s, {r['steps_per_s']:.0f} steps/s, snapshot "
              f"{r['snapshot_ms']:.1f} ms, exact numbers {r['exact_ms']:.0f} ms (in pieces), peak RSS "
              f"{r['peak_rss_mb']:.0f} MB")
    if "micro_100k" in results:
        for key, value in results["micro_100k"].items():
            print(f"100k {key:<36} {value:>10.1f} ms")
    if "micro" in results:
        from .micro_bench import TARGETS as MICRO_TARGETS

        for key, value in results["micro"].items():
            verdict = "ok" if value <= MICRO_TARGETS[key] else "OVER TARGET"
            print(f"{key:<40} {value:>10.2f} ms  target <= {MICRO_TARGETS[key]:g} ms  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The scripted workload's metrics, read back from a real VictoriaMetrics with PromQL."""

from __future__ import annotations

import pytest
from e2e_workload import DEMO_MODEL, EXPECTED_EVALUATIONS, MINI_MODEL, PASSES

EVALS = "micrometrics_evaluations_total"


@pytest.fixture(scope="module")
def store(vm, workload):
    """Wait until the store has every evaluation of this run, then hand over (vm, workload)."""
    total = sum(workload.memory_evaluations.values())
    got = vm.wait_scalar(f"sum({EVALS}{workload.sel()})", float(total))
    assert got == total, f"VictoriaMetrics has {got} evaluations of this run, the plugin counted {total}"
    return vm, workload


@pytest.mark.parametrize("model", [DEMO_MODEL, MINI_MODEL])
def test_evaluations_per_check_and_label_are_exact(store, model):
    vm, w = store
    for (check, label), expected in EXPECTED_EVALUATIONS[model].items():
        promql = f"sum({EVALS}{w.sel(gen_ai_request_model=model, gen_ai_evaluation_name=check, gen_ai_evaluation_score_label=label)})"
        assert vm.scalar(promql) == expected * PASSES, promql


def test_store_agrees_with_every_count_the_plugin_made(store):
    vm, w = store
    rows = vm.vector(
        f"sum by (gen_ai_request_model, gen_ai_evaluation_name, gen_ai_evaluation_score_label) ({EVALS}{w.sel()})"
    )
    stored = {
        (
            r["metric"]["gen_ai_request_model"],
            r["metric"]["gen_ai_evaluation_name"],
            r["metric"].get("gen_ai_evaluation_score_label", ""),
        ): int(float(r["value"][1]))
        for r in rows
    }
    assert stored == w.memory_evaluations


def test_language_mismatch_fail_rate(store):
    vm, w = store
    fail = w.sel(gen_ai_evaluation_name="language_mismatch", gen_ai_evaluation_score_label="fail")
    every = w.sel(gen_ai_evaluation_name="language_mismatch")
    rate = vm.by_label(
        f"sum by (gen_ai_request_model) ({EVALS}{fail}) / sum by (gen_ai_request_model) ({EVALS}{every})",
        "gen_ai_request_model",
    )
    assert rate == {DEMO_MODEL: pytest.approx(0.1)}
    by_version = vm.by_label(
        f"sum by (micrometrics_prompt_version) ({EVALS}{fail}) / sum by (micrometrics_prompt_version) ({EVALS}{every})",
        "micrometrics_prompt_version",
    )
    assert by_version == {"v7": pytest.approx(0.2)}  # 1 of the German conversation's 5 turns


def test_segment_attributes_become_labels(store):
    vm, w = store
    per_tenant = vm.by_label(f"sum by (tenant) ({EVALS}{w.sel(gen_ai_evaluation_name='truncation')})", "tenant")
    assert per_tenant == {"kaffeehaus-de": 5 * PASSES, "kaffeehaus-es": 5 * PASSES, "kaffeehaus-en": 3 * PASSES}


@pytest.mark.parametrize("model", [DEMO_MODEL, MINI_MODEL])
@pytest.mark.parametrize("kind", ["input", "output"])
def test_token_sums_equal_what_the_server_returned(store, model, kind):
    vm, w = store
    promql = f"sum(gen_ai_client_token_usage_sum{w.sel(gen_ai_request_model=model, gen_ai_token_type=kind)})"
    expected = w.tokens(model, kind)
    assert vm.wait_scalar(promql, float(expected)) == expected, promql
    count = f"sum(gen_ai_client_token_usage_count{w.sel(gen_ai_request_model=model, gen_ai_token_type=kind)})"
    assert vm.scalar(count) == sum(1 for c in w.calls if c.model == model)


def test_operation_duration_counts(store):
    vm, w = store
    counts = vm.by_label(
        f"sum by (gen_ai_request_model) (gen_ai_client_operation_duration_seconds_count{w.sel()})",
        "gen_ai_request_model",
    )
    assert counts == {DEMO_MODEL: 10 * PASSES, MINI_MODEL: 3 * PASSES}
    # Every call is below the +Inf bucket and the buckets are the spec's advisory boundaries.
    inf = vm.scalar(f"sum(gen_ai_client_operation_duration_seconds_bucket{w.sel(le='+Inf')})")
    assert inf == 13 * PASSES
    les = {s["metric"]["le"] for s in vm.vector(f"gen_ai_client_operation_duration_seconds_bucket{w.sel()}")}
    assert {"0.01", "0.02", "0.04", "81.92", "+Inf"} <= les
    p95 = vm.scalar(f"histogram_quantile(0.95, sum by (le) (gen_ai_client_operation_duration_seconds_bucket{w.sel()}))")
    assert p95 is not None and 0 < p95 <= 81.92


def test_response_length_histogram(store):
    vm, w = store
    count = vm.scalar(f"sum(micrometrics_response_length_count{w.sel()})")
    assert count == 13 * PASSES


def test_rates_have_two_samples_to_work_on(store):
    vm, w = store
    # Each pass was exported separately: rate()/increase() see the second pass.
    inc = vm.scalar(
        f"sum(increase({EVALS}{w.sel(gen_ai_evaluation_name='truncation', gen_ai_evaluation_score_label='fail')}[10m]))"
    )
    assert inc is not None and inc >= 1
    assert vm.vector(f"rate({EVALS}{w.sel(gen_ai_evaluation_name='truncation')}[10m])")


def test_conversation_outcomes_per_prompt_version(store):
    """record_outcome() counts: one per conversation and pass, with the conversation's model and segment."""
    from e2e_workload import OUTCOMES, PASSES, PROMPT_VERSION

    vm, workload = store
    for conversation, outcome in OUTCOMES.items():
        promql = (
            "sum(micrometrics_conversation_outcomes_total"
            + workload.sel(
                micrometrics_conversation_outcome=outcome,
                gen_ai_request_model=DEMO_MODEL,
                micrometrics_prompt_version=PROMPT_VERSION[conversation],
            )
            + ")"
        )
        assert vm.wait_scalar(promql, float(PASSES)) == PASSES, promql

using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Diff;

/// <summary>
/// <c>wsconf diff</c> end to end: an OLD config.yml written by dump-config, compared with what the options and
/// values files make now (or with a second file), classified and gated by exit code.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly DiffRuns runs = new();

    public void Dispose() => runs.Dispose();

    [Fact]
    public void The_same_selection_and_options_give_no_changes_and_exit_0()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder,jupyterlab");

        var result = DiffRuns.Diff(old, "--profile", "coder,jupyterlab");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("no changes\n");
    }

    [Fact]
    public void Every_builtin_profile_compared_with_itself_has_no_changes()
    {
        var old = runs.Dump("old.yml", "dump-config");

        DiffRuns.Diff(old).Out.Should().Be("no changes\n");
    }

    [Fact]
    public void A_new_image_is_a_next_start_change_and_exits_3()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:image=registry.example.org/code:2");

        result.ExitCode.Should().Be(3, result.Error);
        result.Out.Should().StartWith("coder\n");
        DiffRuns.ChangeLines(result).Should().Contain(
            "next start   definition.kubespawner_override.image: ghcr.io/eoepca/pde-code-server:latest-dev → registry.example.org/code:2 — the next start runs the new image");
        DiffRuns.SummaryLine(result).Should().Be("2 changes in 1 profile: 2 next start, 0 not applied to existing users, 0 data loss");
    }

    [Fact]
    public void A_bigger_home_claim_is_not_applied_to_existing_users_and_exits_3()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:workspace_volume_size=30Gi");

        result.ExitCode.Should().Be(3, result.Error);
        DiffRuns.ChangeLines(result).Should().Equal(
            "not applied  volumes[workspace-volume].size: 10Gi → 30Gi — the hub keeps the existing claim: users who already have one keep 10Gi");
        DiffRuns.SummaryLine(result).Should().Be("1 change in 1 profile: 0 next start, 1 not applied to existing users, 0 data loss");
    }

    [Fact]
    public void A_values_file_that_renames_the_home_claim_loses_data_and_exits_4()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var site = runs.Write("site.yaml", "profiles: {coder: {volumes: {workspace-volume: {claim_name: home}}}}\n");

        var result = CliRunner.Run("-f", site, "diff", old, "--profile", "coder", "--groups", "staff");

        result.ExitCode.Should().Be(4, result.Error);
        var line = DiffRuns.ChangeLines(result).Should().ContainSingle().Subject;
        line.Should().StartWith("data loss    volumes[workspace-volume].claim_name: workspace-claim → home — every user gets an empty home");
    }

    [Fact]
    public void A_profile_left_out_of_the_selection_is_a_data_loss_and_a_new_one_a_next_start()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder,coder-gpu");

        var result = DiffRuns.Diff(old, "--profile", "coder,jupyterlab");

        result.ExitCode.Should().Be(4, result.Error);
        result.Out.Should().Contain("coder-gpu\n  data loss    profile: GPU Code Server → (none) — users who chose it lose their selection");
        result.Out.Should().Contain("jupyterlab\n  next start   profile: (none) → ");
        DiffRuns.SummaryLine(result).Should().Be("2 changes in 2 profiles: 1 next start, 0 not applied to existing users, 1 data loss");
    }

    [Fact]
    public void Fail_on_data_loss_prints_next_start_changes_and_exits_0()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:cpu_limit=4", "--fail-on", "data-loss");

        result.ExitCode.Should().Be(0, result.Error);
        DiffRuns.ChangeLines(result).Should().Equal("next start   definition.kubespawner_override.cpu_limit: 2 → 4 — the next start gets the new CPU and memory");
    }

    [Theory]
    [InlineData("coder:cpu_limit=4", 0)]
    [InlineData("coder:workspace_volume_size=30Gi", 3)]
    [InlineData("coder:env.HOME=/home/jovyan", 4)]
    public void Fail_on_not_applied_lets_next_start_changes_pass(string change, int exit)
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", change, "--fail-on", "not-applied");

        result.ExitCode.Should().Be(exit, result.Out + result.Error);
        DiffRuns.ChangeLines(result).Should().ContainSingle();
    }

    [Fact]
    public void A_data_loss_below_the_threshold_of_nothing_still_gives_4_when_the_gate_fails()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder,coder-gpu");

        // The next-start change crosses the default threshold; the data loss decides the code.
        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:cpu_limit=4");

        result.ExitCode.Should().Be(4, result.Error);
    }

    [Fact]
    public void Two_files_are_compared_as_written()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var current = runs.Dump("new.yml", "dump-config", "--profile", "coder", "--override", "coder:mem_limit=8Gi");

        var result = CliRunner.Run("diff", old, current);

        result.ExitCode.Should().Be(3, result.Error);
        DiffRuns.ChangeLines(result).Should().Equal("next start   definition.kubespawner_override.mem_limit: 6G → 8G — the next start gets the new CPU and memory");
        CliRunner.Run("diff", old, old).Out.Should().Be("no changes\n");
    }

    [Theory]
    [InlineData("--profile", "coder")]
    [InlineData("--override", "coder:cpu_limit=4")]
    [InlineData("--node-selector", "coder:a=b")]
    [InlineData("--groups", "staff")]
    [InlineData("--image", "x:1")]
    [InlineData("--storage-class-rwo", "fast")]
    public void Options_that_change_profiles_are_refused_when_two_files_are_compared(string option, string value)
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        CliRunner.Run("diff", old, old, option, value).ShouldFailWith(2, $"{option} has nothing to change when two files are compared");
    }

    [Fact]
    public void A_values_file_is_refused_when_two_files_are_compared()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var site = runs.Write("site.yaml", "profiles: {coder: {cpu_limit: 4}}\n");

        CliRunner.Run("-f", site, "diff", old, old).ShouldFailWith(2, "--values has nothing to change");
    }

    [Fact]
    public void A_config_map_with_persist_false_is_recreated_so_its_content_is_a_next_start_change()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var site = runs.Write("site.yaml", "profiles: {coder: {config_maps: {bash-rc-coder: {content: \"alias ll='ls -l'\\n\"}}}}\n");

        var result = CliRunner.Run("-f", site, "diff", old, "--profile", "coder", "--groups", "staff");

        result.ExitCode.Should().Be(3, result.Error);
        DiffRuns.ChangeLines(result).Should().Equal(
            "next start   config_maps[bash-rc-coder].content: (13 lines) → alias ll='ls -l'\\n — with persist: false it is deleted at every stop and created anew at the next start");
    }

    [Fact]
    public void A_config_map_with_persist_true_keeps_its_content_for_existing_users()
    {
        var motd = "profiles: {coder: {config_maps: {motd: {key: motd, mount_path: /etc/motd, readonly: true, persist: true, content: \"%s\"}}}}\n";
        var before = runs.Write("before.yaml", motd.Replace("%s", "Welcome\\nto the hub\\n", StringComparison.Ordinal));
        var after = runs.Write("after.yaml", motd.Replace("%s", "Welcome\\nto the new hub\\n", StringComparison.Ordinal));
        var old = runs.Dump("old.yml", "-f", before, "dump-config", "--profile", "coder");

        var result = CliRunner.Run("-f", after, "diff", old, "--profile", "coder", "--groups", "staff");

        result.ExitCode.Should().Be(3, result.Error);
        DiffRuns.ChangeLines(result).Should().Equal(
            "not applied  config_maps[motd].content: (changed) — the hub keeps the existing ConfigMap: users who already have one keep the old content");
    }

    [Fact]
    public void An_environment_change_is_next_start_and_a_new_home_loses_data()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var env = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:env.PIP_INDEX_URL=https://pypi.example.org/simple");
        var home = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:env.HOME=/home/jovyan");

        env.ExitCode.Should().Be(3, env.Error);
        DiffRuns.ChangeLines(env).Should().Equal("next start   pod_env_vars.PIP_INDEX_URL: (none) → https://pypi.example.org/simple — the environment of the next start");
        home.ExitCode.Should().Be(4, home.Error);
        DiffRuns.ChangeLines(home).Should().Equal(
            "data loss    pod_env_vars.HOME: /workspace → /home/jovyan — the home moves from /workspace to /home/jovyan: files and absolute paths in users' homes are no longer where they were");
    }

    [Fact]
    public void Moving_the_home_volume_loses_data()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var site = runs.Write("site.yaml", "profiles: {coder: {volumes: {workspace-volume: {mount_path: /home/jovyan}}}}\n");

        var result = CliRunner.Run("-f", site, "diff", old, "--profile", "coder", "--groups", "staff");

        result.ExitCode.Should().Be(4, result.Error);
        DiffRuns.ChangeLines(result).Should().Contain(
            "data loss    volumes[workspace-volume].volume_mount.mount_path: /workspace → /home/jovyan — the home moves from /workspace to /home/jovyan: files and absolute paths in users' homes are no longer where they were");
    }

    [Fact]
    public void A_home_volume_that_stops_persisting_loses_data()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var site = runs.Write("site.yaml", "profiles: {coder: {volumes: {workspace-volume: {persist: false}}}}\n");

        var result = CliRunner.Run("-f", site, "diff", old, "--profile", "coder", "--groups", "staff");

        result.ExitCode.Should().Be(4, result.Error);
        DiffRuns.ChangeLines(result).Should().Equal(
            "data loss    volumes[workspace-volume].persist: true → false — the claim is deleted at every stop from now on: users lose their home when they stop");
    }

    [Fact]
    public void Json_format_is_a_stable_document_of_changes_and_a_summary()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder,coder-gpu");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:workspace_volume_size=30Gi", "--format", "json");

        result.ExitCode.Should().Be(4, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("changes", "summary");
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().HaveCount(2);
        changes.Should().AllSatisfy(c => c.EnumerateObject().Select(p => p.Name).Should().Equal("profile", "class", "field", "old", "new", "reason"));
        changes[0].GetProperty("profile").GetString().Should().Be("coder");
        changes[0].GetProperty("class").GetString().Should().Be("not-applied");
        changes[0].GetProperty("field").GetString().Should().Be("volumes[workspace-volume].size");
        changes[0].GetProperty("old").GetString().Should().Be("10Gi");
        changes[0].GetProperty("new").GetString().Should().Be("30Gi");
        changes[0].GetProperty("reason").GetString().Should().Contain("users who already have one keep 10Gi");
        changes[1].GetProperty("profile").GetString().Should().Be("coder-gpu");
        changes[1].GetProperty("class").GetString().Should().Be("data-loss");
        changes[1].GetProperty("field").GetString().Should().Be("profile");
        changes[1].GetProperty("new").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var summary = root.GetProperty("summary");
        summary.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())).Should().Equal(
            ("changes", 2), ("profiles", 2), ("next-start", 0), ("not-applied", 1), ("data-loss", 1));
    }

    [Fact]
    public void Json_of_no_changes_has_an_empty_list_and_zero_counts()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("changes").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("summary").GetProperty("changes").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Output_names_a_file_written_with_the_report_and_the_exit_code_still_gates()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var report = runs.File("report.json");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:cpu_limit=4", "--format", "json", "-o", report);

        result.ExitCode.Should().Be(3, result.Error);
        result.Out.Should().BeEmpty();
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        json.RootElement.GetProperty("changes")[0].GetProperty("field").GetString().Should().Be("definition.kubespawner_override.cpu_limit");
    }

    [Fact]
    public void Diff_does_not_write_to_the_hub_config_that_WSCONF_OUTPUT_names()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var hubConfig = runs.Write("config.yml", "keep me\n");
        var env = new Dictionary<string, string> { ["WSCONF_OUTPUT"] = hubConfig };

        var result = CliRunner.Run(env, "diff", old, "--profile", "coder", "--groups", "staff");

        result.Out.Should().Be("no changes\n");
        File.ReadAllText(hubConfig).Should().Be("keep me\n");
    }

    [Fact]
    public void A_malformed_override_is_a_usage_error_as_for_dump_config()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:cpu_limit=0.5");

        result.ShouldFailWith(2, "cpu_limit");
    }

    [Fact]
    public void A_profile_that_dump_config_refuses_is_refused_with_exit_1_and_no_report()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:env.X={% raw %}");

        result.ShouldFailWith(1, "coder: pod_env_vars.X:");
    }

    [Fact]
    public void The_fail_on_value_must_be_a_class()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        DiffRuns.Diff(old, "--fail-on", "warning").ShouldFailWith(2, "warning");
    }

    [Theory]
    [InlineData("--fail-on", "error: --fail-on takes next-start, not-applied or data-loss, not 'bogus' (see 'wsconf --help')")]
    [InlineData("--format", "error: --format takes text or json, not 'bogus' (see 'wsconf --help')")]
    public void A_value_not_among_the_choices_is_refused_in_one_line(string option, string expected)
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, option, "bogus");

        result.ShouldFailWith(2);
        result.Error.Should().Be(expected + "\n");
    }

    [Fact]
    public void A_seeded_rc_file_keeps_its_old_content_for_users_who_have_it()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder", "--override", "coder:rc_files=seed");
        var site = runs.Write("site.yaml", "profiles:\n  coder:\n    rc_files: seed\n    config_maps:\n      bash-rc-coder: {content: \"alias ll=1\\n\"}\n");

        var result = CliRunner.Run("-f", site, "diff", old, "--profile", "coder", "--groups", "staff", "--fail-on", "not-applied");

        result.ExitCode.Should().Be(3, result.Out + result.Error);
        DiffRuns.ChangeLines(result).Should().Equal(
            "not applied  config_maps[bash-rc-coder].content: (13 lines) → alias ll=1\\n — seeded into the home only when absent: users who already have .bashrc keep theirs");
    }

    [Fact]
    public void Turning_rc_files_to_seed_says_the_files_become_the_users()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");

        var result = DiffRuns.Diff(old, "--profile", "coder", "--override", "coder:rc_files=seed");

        DiffRuns.ChangeLines(result).Should().Contain(
            "next start   config_maps[bash-rc-coder].mount_path: /workspace/.bashrc → /opt/wsconf/seed/bash-rc-coder/bash-rc — no longer mounted at /workspace/.bashrc: seeded into the home as .bashrc where the home lacks it (an empty file a mount left there counts); the file becomes the user's, and later changes do not reach users who have it");
    }

    [Fact]
    public void Turning_rc_files_back_to_mount_hides_the_copies_users_have()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder", "--override", "coder:rc_files=seed");

        var result = DiffRuns.Diff(old, "--profile", "coder");

        result.ExitCode.Should().Be(4, result.Out + result.Error);
        DiffRuns.ChangeLines(result).Should().Contain(
            "data loss    config_maps[bash-rc-coder].mount_path: /opt/wsconf/seed/bash-rc-coder/bash-rc → /workspace/.bashrc — no longer seeded: mounted over the copy in users' homes from the next start, so the changes they made to .bashrc are hidden while it is mounted");
    }

    [Fact]
    public void Help_documents_the_exit_codes_and_the_threshold()
    {
        var help = CliRunner.Run("diff", "--help");

        help.ExitCode.Should().Be(0);
        help.Out.Should().Contain("Exit 0: no change at or above --fail-on, 3: changes, 4: a change loses data")
            .And.Contain("--fail-on <next-start|not-applied|data-loss>")
            .And.Contain("--format <text|json>");
    }
}

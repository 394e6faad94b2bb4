using FluentAssertions;
using WorkspaceConfigurator.Diff;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Tests.Diff;

/// <summary>The classification of each kind of change, from two hand-written config.yml texts.</summary>
public sealed class ChangeRulesTests
{
    // One profile; {0} is the rest of it (volumes, config maps...), indented by two spaces.
    private const string Profile = """
        profiles:
        - id: profile_coder
          groups: [staff]
          definition:
            display_name: Code Server
            slug: coder
            default: false
            kubespawner_override: {cpu_limit: 2, mem_limit: 6G, image: code:1}
          node_selector: {}
          pod_env_vars: {HOME: /workspace}

        """;

    private static HubConfig Config(string rest) => HubConfigReader.ReadText(Profile + rest, "config.yml", ValuesReadLimits.Default);

    private static IReadOnlyList<Change> Changes(string before, string after) => ConfigDiffer.Compare(Config(before), Config(after)).Changes;

    private static Change Single(string before, string after) => Changes(before, after).Should().ContainSingle().Subject;

    private static string Volume(string claim = "workspace-claim", string size = "10Gi", string mount = "/workspace", string persist = "true", string name = "workspace-volume") =>
        $"  volumes:\n  - {{name: {name}, claim_name: {claim}, size: {size}, storage_class: standard, access_modes: [ReadWriteOnce], volume_mount: {{name: {name}, mount_path: {mount}}}, persist: {persist}}}\n";

    private static string ConfigMap(string content = "a", string persist = "true", string mount = "/etc/motd", string mode = "\"0660\"") =>
        $"  config_maps:\n  - {{name: motd, key: motd, mount_path: {mount}, default_mode: {mode}, readonly: true, content: {content}, persist: {persist}}}\n";

    [Theory]
    [InlineData("true", "not-applied")]
    [InlineData("false", "next-start")]
    public void A_claim_size_reaches_only_new_users_unless_the_claim_is_deleted_at_stop(string persist, string expected)
    {
        var change = Single(Volume(persist: persist), Volume(size: "30Gi", persist: persist));

        change.Class.Name().Should().Be(expected);
        change.Field.Should().Be("volumes[workspace-volume].size");
        change.Old.Should().Be(new HubText("10Gi"));
        change.New.Should().Be(new HubText("30Gi"));
    }

    [Fact]
    public void The_kept_claim_reason_says_what_existing_users_keep() =>
        Single(Volume(), Volume(size: "30Gi")).Reason.Should().Be("the hub keeps the existing claim: users who already have one keep 10Gi");

    [Theory]
    [InlineData("true", "data-loss")]
    [InlineData("false", "next-start")]
    public void A_new_claim_name_gives_an_empty_claim_when_the_old_one_was_kept(string persist, string expected) =>
        Single(Volume(persist: persist), Volume(claim: "home", persist: persist)).Class.Name().Should().Be(expected);

    [Fact]
    public void A_new_claim_name_for_the_home_says_every_user_gets_an_empty_home() =>
        Single(Volume(), Volume(claim: "home")).Reason.Should().StartWith("every user gets an empty home");

    [Fact]
    public void A_new_claim_name_for_another_volume_names_where_it_is_mounted() =>
        Single(Volume(mount: "/data"), Volume(mount: "/data", claim: "data2")).Reason.Should().StartWith("every user gets an empty volume at /data");

    [Fact]
    public void A_new_size_with_a_new_claim_name_reaches_everyone_with_the_new_claim()
    {
        var changes = Changes(Volume(), Volume(claim: "home", size: "30Gi"));

        changes.Select(c => (c.Field, c.Class)).Should().Equal(
            ("volumes[workspace-volume].claim_name", ChangeClass.DataLoss), ("volumes[workspace-volume].size", ChangeClass.NextStart));
        changes[1].Reason.Should().Be("the next start creates the new claim 'home' with it");
    }

    [Theory]
    [InlineData("true", "false", "data-loss")]
    [InlineData("false", "true", "next-start")]
    [InlineData("true", "True", "next-start")]
    public void Persist_turned_off_deletes_the_claim_at_every_stop(string before, string after, string expected) =>
        Single(Volume(persist: before), Volume(persist: after)).Class.Name().Should().Be(expected);

    [Theory]
    [InlineData("true", "data-loss")]
    [InlineData("false", "next-start")]
    public void A_kept_volume_mounted_elsewhere_moves_the_files(string persist, string expected)
    {
        var change = Single(Volume(persist: persist), Volume(mount: "/home/jovyan", persist: persist));

        change.Class.Name().Should().Be(expected);
        change.Field.Should().Be("volumes[workspace-volume].volume_mount.mount_path");
    }

    [Theory]
    [InlineData("true", "data-loss")]
    [InlineData("false", "next-start")]
    public void A_removed_volume_loses_access_to_a_kept_claim(string persist, string expected)
    {
        var change = Single(Volume(persist: persist), "");

        change.Class.Name().Should().Be(expected);
        change.Field.Should().Be("volumes[workspace-volume]");
        change.New.Should().BeNull();
    }

    [Fact]
    public void A_volume_renamed_with_the_same_claim_and_mount_loses_nothing()
    {
        var changes = Changes(Volume(), Volume(name: "home-volume"));

        changes.Should().HaveCount(2).And.OnlyContain(c => c.Class == ChangeClass.NextStart);
        changes[0].Reason.Should().Be("claim 'workspace-claim' stays mounted at /workspace, as volume 'home-volume'");
    }

    [Fact]
    public void An_added_volume_is_created_at_the_next_start()
    {
        var change = Single("", Volume());

        change.Class.Should().Be(ChangeClass.NextStart);
        change.Old.Should().BeNull();
    }

    [Theory]
    [InlineData("true", "not-applied")]
    [InlineData("false", "next-start")]
    public void Config_map_content_reaches_existing_users_only_when_the_map_is_recreated(string persist, string expected) =>
        Single(ConfigMap(persist: persist), ConfigMap(content: "b", persist: persist)).Class.Name().Should().Be(expected);

    [Fact]
    public void A_config_map_without_persist_is_kept_as_the_hub_does_by_default()
    {
        var before = "  config_maps:\n  - {name: motd, key: motd, readonly: true, content: a}\n";
        var after = "  config_maps:\n  - {name: motd, key: motd, readonly: true, content: b}\n";

        Single(before, after).Class.Should().Be(ChangeClass.NotApplied);
    }

    [Fact]
    public void The_mount_of_a_kept_config_map_is_pod_side()
    {
        Single(ConfigMap(), ConfigMap(mount: "/etc/motd2")).Class.Should().Be(ChangeClass.NextStart);
        Single(ConfigMap(), ConfigMap(mode: "\"0644\"")).Class.Should().Be(ChangeClass.NextStart);
    }

    [Fact]
    public void A_removed_kept_config_map_says_it_stays_in_the_namespace()
    {
        var change = Single(ConfigMap(), "");

        change.Class.Should().Be(ChangeClass.NextStart);
        change.Reason.Should().Contain("stays in users' namespaces (persist: true)");
    }

    [Fact]
    public void Role_binding_rules_are_kept_for_existing_users()
    {
        const string binding = "  role_bindings:\n  - name: rb\n    subjects: [{name: default, kind: ServiceAccount}]\n    role: {name: r, resources: [pods], verbs: [%s], api_groups: [\"\"]}\n    persist: true\n";

        var change = Single(binding.Replace("%s", "get", StringComparison.Ordinal), binding.Replace("%s", "get, list", StringComparison.Ordinal));

        change.Class.Should().Be(ChangeClass.NotApplied);
        change.Field.Should().Be("role_bindings[rb].role.verbs");
    }

    [Fact]
    public void Pull_secret_data_is_compared_but_never_kept_or_shown()
    {
        var change = Single("  image_pull_secrets:\n  - {name: cr, persist: true, data: c2VjcmV0LW9uZQ==}\n", "  image_pull_secrets:\n  - {name: cr, persist: true, data: c2VjcmV0LXR3bw==}\n");

        change.Class.Should().Be(ChangeClass.NotApplied);
        change.Old.Should().BeOfType<HubSecret>();
        HubValueText.Full(change.Old).Should().Be("(hidden)");
        HubValueText.Short(change.New).Should().Be("(hidden)");
        change.ToString().Should().NotContain("c2VjcmV0");
    }

    [Fact]
    public void Manifest_content_is_kept_for_existing_users_unless_deleted_at_stop()
    {
        const string manifest = "  manifests:\n  - name: m\n    key: m\n    content: [{apiVersion: v1, kind: ServiceAccount, metadata: {name: %s}}]\n    persist: %p\n";
        string Manifest(string name, string persist) => manifest.Replace("%s", name, StringComparison.Ordinal).Replace("%p", persist, StringComparison.Ordinal);

        Single(Manifest("a", "true"), Manifest("b", "true")).Class.Should().Be(ChangeClass.NotApplied);
        Single(Manifest("a", "false"), Manifest("b", "false")).Class.Should().Be(ChangeClass.NextStart);
    }

    [Fact]
    public void Init_containers_and_secret_mounts_are_pod_side()
    {
        Single("  init_containers:\n  - {name: init, image: a, command: [sh], volume_mounts: []}\n", "  init_containers:\n  - {name: init, image: b, command: [sh], volume_mounts: []}\n")
            .Class.Should().Be(ChangeClass.NextStart);
        Single("  secret_mounts:\n  - {name: s, mount_path: /a}\n", "  secret_mounts:\n  - {name: s, mount_path: /b}\n")
            .Class.Should().Be(ChangeClass.NextStart);
    }

    [Fact]
    public void Map_keys_are_compared_one_by_one_and_quoted_when_they_hold_dots()
    {
        var before = Config("").Profiles[0];
        var withGpu = Profile.Replace("image: code:1}", "image: code:1, extra_resource_limits: {nvidia.com/gpu: 1}}", StringComparison.Ordinal);
        var after = HubConfigReader.ReadText(withGpu, "new.yml", ValuesReadLimits.Default);

        var change = ConfigDiffer.Compare(new HubConfig([before]), after).Changes.Should().ContainSingle().Subject;

        change.Field.Should().Be("definition.kubespawner_override.extra_resource_limits.\"nvidia.com/gpu\"");
        change.Class.Should().Be(ChangeClass.NextStart);
    }

    [Fact]
    public void Reordered_named_items_and_empty_optional_maps_are_no_change()
    {
        var two = "  config_maps:\n  - {name: a, key: a, readonly: true}\n  - {name: b, key: b, readonly: true}\n";
        var swapped = "  config_maps:\n  - {name: b, key: b, readonly: true}\n  - {name: a, key: a, readonly: true}\n";

        Changes(two, swapped).Should().BeEmpty();
        Changes("  default_url: null\n  volumes: []\n", "").Should().BeEmpty();
    }

    [Fact]
    public void Keys_of_mappings_inside_lists_may_come_in_any_order()
    {
        var before = "  init_containers:\n  - {name: i, command: [sh], volume_mounts: [{name: v, mount_path: /v, sub_path: s}]}\n"
            + "  role_bindings:\n  - {name: r, subjects: [{name: default, kind: ServiceAccount}], persist: true}\n";
        var after = "  init_containers:\n  - {command: [sh], name: i, volume_mounts: [{sub_path: s, mount_path: /v, name: v}]}\n"
            + "  role_bindings:\n  - {persist: true, subjects: [{kind: ServiceAccount, name: default}], name: r}\n";

        Changes(before, after).Should().BeEmpty();
        Single(before, after.Replace("sub_path: s", "sub_path: t", StringComparison.Ordinal)).Field.Should().Be("init_containers[i].volume_mounts");
        new HubMap(ValueList.Of(new HubEntry("a", new HubText("1")), new HubEntry("b", new HubText("2")))).GetHashCode()
            .Should().Be(new HubMap(ValueList.Of(new HubEntry("b", new HubText("2")), new HubEntry("a", new HubText("1")))).GetHashCode());
    }

    // A config map seeded into the home by the home-seed init container, as rc_files: seed writes it.
    private static string Seeded(string content = "a", string key = "bash-rc", string persist = "false", string destination = ".bashrc") =>
        $"  config_maps:\n  - {{name: rc, key: {key}, mount_path: /opt/wsconf/seed/rc/{key}, content: {content}, persist: {persist}}}\n"
        + $"  init_containers:\n  - {{name: home-seed, image: code:1, command: [sh, /opt/wsconf/startup/startup.sh, seed, /workspace, /opt/wsconf/seed/other/x, .x, /opt/wsconf/seed/rc/{key}, {destination}]}}\n";

    [Fact]
    public void A_seeded_file_reaches_only_homes_that_lack_it()
    {
        var content = Single(Seeded(), Seeded(content: "b"));
        var key = Changes(Seeded(), Seeded(key: "rc")).Should().Contain(c => c.Field == "config_maps[rc].key").Subject;

        content.Class.Should().Be(ChangeClass.NotApplied);
        content.Reason.Should().Be("seeded into the home only when absent: users who already have .bashrc keep theirs");
        key.Class.Should().Be(ChangeClass.NotApplied);
        Single(Seeded(persist: "true"), Seeded(content: "b", persist: "true")).Reason.Should().StartWith("the hub keeps the existing ConfigMap");
    }

    [Fact]
    public void A_seeded_file_under_a_new_name_is_seeded_anew_and_the_old_copy_stays()
    {
        var change = Single(Seeded(), Seeded(destination: ".bashrc.d/site"));

        change.Field.Should().Be("init_containers[home-seed].command");
        change.Class.Should().Be(ChangeClass.NextStart);
    }

    [Fact]
    public void A_mounted_config_map_is_not_seeded()
    {
        var mounted = "  config_maps:\n  - {name: rc, key: bash-rc, mount_path: /workspace/.bashrc, content: a, persist: false}\n"
            + "  init_containers:\n  - {name: home-seed, command: [sh, /opt/wsconf/startup/startup.sh, seed, /workspace, /opt/wsconf/seed/x/x, .x]}\n";

        Single(mounted, mounted.Replace("content: a", "content: b", StringComparison.Ordinal)).Class.Should().Be(ChangeClass.NextStart);
    }

    [Fact]
    public void An_added_seeded_config_map_says_where_it_is_seeded()
    {
        var init = "  init_containers:\n  - {name: home-seed, image: code:1, command: [sh, /opt/wsconf/startup/startup.sh, seed, /workspace, /opt/wsconf/seed/other/x, .x, /opt/wsconf/seed/rc/bash-rc, .bashrc]}\n";

        var change = Single(init, Seeded());

        change.Field.Should().Be("config_maps[rc]");
        change.Reason.Should().Be("the hub creates it at the next start; it is seeded into homes that lack .bashrc");
    }

    [Fact]
    public void Plain_lists_are_compared_as_a_whole()
    {
        var change = Single("  env_from_secrets: [a, b]\n", "  env_from_secrets: [b, a]\n");

        change.Field.Should().Be("env_from_secrets");
        HubValueText.Short(change.Old).Should().Be("[a, b]");
    }

    [Fact]
    public void A_new_home_directory_loses_data_other_variables_start_next_time()
    {
        var home = ConfigDiffer.Compare(Config(""), HubConfigReader.ReadText(Profile.Replace("HOME: /workspace", "HOME: /home/jovyan", StringComparison.Ordinal), "n", ValuesReadLimits.Default));
        var other = ConfigDiffer.Compare(Config(""), HubConfigReader.ReadText(Profile.Replace("HOME: /workspace}", "HOME: /workspace, A: b}", StringComparison.Ordinal), "n", ValuesReadLimits.Default));

        home.Changes.Should().ContainSingle().Which.Class.Should().Be(ChangeClass.DataLoss);
        other.Changes.Should().ContainSingle().Which.Should().Match<Change>(c => c.Class == ChangeClass.NextStart && c.Field == "pod_env_vars.A");
    }

    [Fact]
    public void Profiles_are_matched_by_slug_and_then_by_id()
    {
        var bySlug = "profiles:\n- {id: one, definition: {slug: coder}}\n";
        var renamedId = "profiles:\n- {id: two, definition: {slug: coder}}\n";
        var idOnly = "profiles:\n- {id: one}\n";

        var changes = ConfigDiffer.Compare(Read(bySlug), Read(renamedId)).Changes;
        changes.Should().ContainSingle().Which.Field.Should().Be("id");
        ConfigDiffer.Compare(Read(idOnly), Read(idOnly)).Changes.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new string[0], "next-start", 0)]
    [InlineData(new[] { "next-start" }, "next-start", 3)]
    [InlineData(new[] { "next-start" }, "not-applied", 0)]
    [InlineData(new[] { "not-applied" }, "not-applied", 3)]
    [InlineData(new[] { "not-applied" }, "data-loss", 0)]
    [InlineData(new[] { "next-start", "data-loss" }, "next-start", 4)]
    [InlineData(new[] { "data-loss" }, "data-loss", 4)]
    public void The_exit_code_is_0_below_the_threshold_then_3_or_4_with_a_data_loss(string[] classes, string failOn, int exit)
    {
        var report = new DiffReport(classes.Select(c => new Change("p", ChangeClasses.Parse(c)!.Value, "f", null, null, "r")).ToList());

        report.ExitCode(ChangeClasses.Parse(failOn)!.Value).Should().Be(exit);
    }

    [Fact]
    public void Values_are_shortened_to_one_line()
    {
        HubValueText.Short(new HubText(new string('x', 100))).Should().Be(new string('x', HubValueText.MaxWidth - 1) + "…");
        HubValueText.Short(new HubText("a\nb\nc\n")).Should().Be("(3 lines)");
        HubValueText.Short(new HubText("")).Should().Be("\"\"");
        HubValueText.Short(HubText.Null).Should().Be("null");
        HubValueText.Short(null).Should().Be("(none)");
        HubValueText.Full(new HubText("a\nb\n")).Should().Be("a\nb\n");
    }

    private static HubConfig Read(string text) => HubConfigReader.ReadText(text, "config.yml", ValuesReadLimits.Default);
}

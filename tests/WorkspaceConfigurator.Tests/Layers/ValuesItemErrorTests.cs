using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// Named items (config_maps, volumes, role_bindings, ...) with an unknown key, a field of the wrong type, a patch
/// strategy other than replace, a new item that is not complete, or a file outside the values file's folder: one
/// line at the culprit, exit 2, and nothing written (<see cref="RefusedValues"/>).
/// </summary>
public sealed class ValuesItemErrorTests
{
    private static string Item(string kind, string name, string field) => $"profiles:\n  coder:\n    {kind}:\n      {name}:\n        {field}\n";

    [Theory]
    [InlineData("config_maps", "mount_pat: /etc/motd", "mount_pat", "unknown key 'mount_pat' for a config map; did you mean 'mount_path'?", "(valid: key, mount_path, ")]
    [InlineData("volumes", "sise: 1Gi", "sise", "unknown key 'sise' for a volume; did you mean 'size'?", "(valid: claim_name, size, ")]
    [InlineData("secret_mounts", "mountpath: /s", "mountpath", "did you mean 'mount_path'?", "(valid: mount_path, sub_path)")]
    [InlineData("env_from_secrets", "optional: true", "optional", "a Secret for env has no fields (write {} or true)")]
    public void An_unknown_key_in_a_named_item_is_refused_at_the_key(string kind, string field, string key, params string[] problem) =>
        RefusedValues.Of(Item(kind, "x", field), ExitCodes.Usage).At(5, 9, $"profiles.coder.{kind}.x.{key}", problem);

    [Theory]
    [InlineData("config_maps", "readonly: perhaps", 19, "readonly", "'perhaps' is not a boolean (true or false)")]
    [InlineData("config_maps", "default_mode: \"999\"", 23, "default_mode", "'999' is not a file mode (an octal text such as \"0644\", or a decimal number up to 511 such as 420)")]
    [InlineData("config_maps", "default_mode: 999", 23, "default_mode", "999 is not a file mode (an octal text such as \"0644\", or a decimal number up to 511 such as 420)")]
    [InlineData("config_maps", "content: [a]", 18, "content", "is a list; expected a text or null")]
    [InlineData("volumes", "size: big", 15, "size", "'big' is not a Kubernetes quantity (e.g. 10Gi")]
    [InlineData("volumes", "access_modes: [Sometimes]", 24, "access_modes[0]", "'Sometimes' is not an access mode (ReadWriteOnce, ReadWriteMany, ReadOnlyMany, ReadWriteOncePod)")]
    [InlineData("volumes", "access_modes: [ReadWriteOnce, \"ReadWriteOnce, ReadWriteMany\"]", 39, "access_modes[1]", "'ReadWriteOnce, ReadWriteMany' is not an access mode")]
    [InlineData("volumes", "access_modes: [\" ReadOnlyMany\"]", 24, "access_modes[0]", "' ReadOnlyMany' is not an access mode")]
    [InlineData("volumes", "access_modes: []", 23, "access_modes", "is empty (at least one access mode, e.g. [ReadWriteOnce])")]
    [InlineData("role_bindings", "role: {name: r, resources: [pods], verbs: [\"*\"]}", 52, "role.verbs[0]", "'*' is not a verb the hub accepts (get, list, watch, ")]
    [InlineData("role_bindings", "role: {name: r, resources: [pods], verbs: [get, List]}", 57, "role.verbs[1]", "'List' is not a verb the hub accepts")]
    [InlineData("role_bindings", "role: {name: r, rules: []}", 25, "role.rules", "unknown key 'rules' for role", "(valid: name, resources, verbs, api_groups)")]
    [InlineData("role_bindings", "subjects: [{name: g, kind: Group}]", 36, "subjects[0].kind", "'Group' is not a subject kind the hub accepts (ServiceAccount or User)")]
    [InlineData("role_bindings", "subjects: [{name: a, kind: User}, {name: g, kind: Group}]", 59, "subjects[1].kind", "'Group' is not a subject kind the hub accepts")]
    [InlineData("role_bindings", "subjects: [{name: g}]", 20, "subjects[0]", "a subject needs 'kind' ({name, kind})")]
    [InlineData("image_pull_secrets", "data: {.dockerconfigjson: abc}", 9, "data", "credentials never go in a values file", "only name it here")]
    [InlineData("init_containers", "command: sh -c true", 18, "command", "is a value; expected a list of texts")]
    public void A_named_item_field_of_the_wrong_type_is_refused_at_its_value(string kind, string field, int column, string path, params string[] problem) =>
        RefusedValues.Of(Item(kind, "x", field), ExitCodes.Usage).At(5, column, $"profiles.coder.{kind}.x.{path}", problem);

    [Theory]
    [InlineData("env", "profiles.coder.env")]
    [InlineData("node_selector", "profiles.coder.node_selector")]
    [InlineData("config_maps", "profiles.coder.config_maps")]
    [InlineData("volumes", "profiles.coder.volumes")]
    public void A_patch_strategy_other_than_replace_is_refused(string key, string path) =>
        RefusedValues.Of($"profiles:\n  coder:\n    {key}:\n      $patch: merge\n", ExitCodes.Usage)
            .At(4, 15, $"{path}.$patch", "'merge' is not a patch strategy (replace: drop what the layers below have and keep only this map)");

    [Fact]
    public void A_patch_strategy_other_than_replace_is_refused_in_an_item_map() =>
        RefusedValues.Of(Item("volumes", "workspace-volume", "annotations: {$patch: merge}"), ExitCodes.Usage)
            .At(5, 31, "profiles.coder.volumes.workspace-volume.annotations.$patch", "'merge' is not a patch strategy");

    [Fact]
    public void A_new_config_map_without_a_key_is_refused_at_its_name() =>
        RefusedValues.Of("profiles:\n  coder:\n    config_maps:\n      motd:\n        content: hello\n        mount_path: /etc/motd\n", ExitCodes.Usage)
            .At(4, 7, "profiles.coder.config_maps.motd", "new config map 'motd' needs key (no layer gives it, and it patches no config map of that name)");

    [Fact]
    public void A_new_volume_without_persist_is_refused_at_its_name() =>
        RefusedValues.Of("profiles:\n  coder:\n    volumes:\n      data:\n        claim_name: data\n        size: 1Gi\n        mount_path: /data\n", ExitCodes.Usage)
            .At(4, 7, "profiles.coder.volumes.data", "new volume 'data' needs persist");

    [Fact]
    public void A_new_role_binding_whose_role_lacks_verbs_is_refused_at_the_role() =>
        RefusedValues.Of(Item("role_bindings", "rb", "subjects: [{name: default, kind: ServiceAccount}]\n        role: {name: r, resources: [pods]}"), ExitCodes.Usage)
            .At(4, 7, "profiles.coder.role_bindings.rb", "new role binding 'rb' needs role.verbs");

    [Fact]
    public void A_new_item_split_across_the_profiles_own_layers_is_refused_when_still_incomplete() =>
        RefusedValues.Of("profiles:\n  mixin: {abstract: true, secret_mounts: {certs: {sub_path: ca.crt}}}\n  coder:\n    profiles: [mixin]\n    secret_mounts:\n      certs: {sub_path: tls.crt}\n", ExitCodes.Usage)
            .At(6, 7, "profiles.coder.secret_mounts.certs", "new secret mount 'certs' needs mount_path");

    [Fact]
    public void A_content_file_that_does_not_exist_is_refused()
    {
        using var site = new SiteValues();
        site.Add(Item("config_maps", "motd", "key: motd\n        content_file: motd.txt"));
        RefusedValues.Of(site, ExitCodes.Usage)
            .At(6, 23, "profiles.coder.config_maps.motd.content_file", "'motd.txt' does not exist", $"(looked for {Path.Combine(site.Folder, "motd.txt")})");
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("sub/../../outside.txt")]
    public void A_content_file_above_the_folder_is_refused(string given)
    {
        using var site = new SiteValues();
        site.Write("outside.txt", "not the site's to publish\n");
        var values = site.Write("site/values.yaml", Item("config_maps", "motd", $"key: motd\n        content_file: {given}"));
        RefusedValues.Of([values], ExitCodes.Usage)
            .At(6, 23, "profiles.coder.config_maps.motd.content_file", $"'{given}' is outside the values file's folder", "without '..'");
    }

    [Fact]
    public void An_absolute_content_file_is_refused() =>
        RefusedValues.Of(Item("config_maps", "motd", "key: motd\n        content_file: /etc/passwd"), ExitCodes.Usage)
            .At(6, 23, "profiles.coder.config_maps.motd.content_file", "'/etc/passwd' is outside the values file's folder");

    [Fact]
    public void A_content_file_that_links_outside_the_folder_is_refused()
    {
        using var site = new SiteValues();
        var outside = site.Write("outside.txt", "not the site's to publish\n");
        var values = site.Write("site/values.yaml", Item("config_maps", "motd", "key: motd\n        content_file: motd.txt"));
        File.CreateSymbolicLink(Path.Combine(site.Folder, "site", "motd.txt"), outside);
        RefusedValues.Of([values], ExitCodes.Usage)
            .At(6, 23, "profiles.coder.config_maps.motd.content_file", "'motd.txt' leads outside the values file's folder through a symbolic link", outside);
    }

    [Fact]
    public void A_manifest_file_that_is_not_valid_yaml_is_refused_with_its_own_position()
    {
        using var site = new SiteValues();
        site.Write("objects.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: [1\n");
        site.Add(Item("manifests", "extra", "key: extra\n        manifest_file: objects.yaml"));
        RefusedValues.Of(site, ExitCodes.Usage)
            .At(6, 24, "profiles.coder.manifests.extra.manifest_file", "'objects.yaml' at line 4, column 1: invalid YAML");
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: loop}\ndata: &a [*a]\n",
        "'objects.yaml' at line 4, column 11 (data[0]): alias '*a' is inside the value '&a' it repeats")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\ndata: {a: !!binary aGk=}\n",
        "'objects.yaml' at line 4, column 11 (data.a): YAML tags are not supported ('!!binary')")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: &m {name: m}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  <<: *m\n",
        "'objects.yaml' at line 8, column 3 (metadata): merge keys ('<<') are not supported")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\ndata: {a: 1, a: 2}\n",
        "'objects.yaml' at line 4, column 14 (data.a): duplicate key 'a'")]
    public void A_manifest_file_is_read_by_the_values_files_rules(string objects, string problem)
    {
        using var site = new SiteValues();
        site.Write("objects.yaml", objects);
        site.Add(Item("manifests", "extra", "key: extra\n        manifest_file: objects.yaml"));
        RefusedValues.Of(site, ExitCodes.Usage).At(6, 24, "profiles.coder.manifests.extra.manifest_file", problem);
    }

    [Fact]
    public void An_alias_bomb_in_a_manifest_file_is_refused_not_expanded()
    {
        // Seven levels of nine: 700 bytes that would stand for 4.8 million nodes (150 MB of config.yml).
        var bomb = new System.Text.StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: boom}\ndata:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 7; level++)
        {
            var below = string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9));
            bomb.Append($"  l{level}: &l{level} [{below}]\n");
        }

        using var site = new SiteValues();
        site.Write("objects.yaml", bomb.ToString());
        site.Add(Item("manifests", "extra", "key: extra\n        manifest_file: objects.yaml"));
        RefusedValues.Of(site, ExitCodes.Usage)
            .At(6, 24, "profiles.coder.manifests.extra.manifest_file", "'objects.yaml' at line 11, column", "aliases expand to more than 1000000 nodes (an alias bomb?)");
    }

    [Fact]
    public void Content_and_content_file_together_are_refused_at_the_second()
    {
        using var site = new SiteValues();
        site.Write("motd.txt", "hello\n");
        site.Add(Item("config_maps", "motd", "key: motd\n        content: hi\n        content_file: motd.txt"));
        RefusedValues.Of(site, ExitCodes.Usage)
            .At(7, 23, "profiles.coder.config_maps.motd.content_file", "sets content a second time (give either content or its file form, not both)");
    }
}

using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Diff;

/// <summary>Two hand-written config.yml files: what values files cannot make (pull secret data, hostile text).</summary>
public sealed class DiffHandWrittenFileTests : IDisposable
{
    private const string Head = """
        profiles:
        - id: profile_coder
          groups: [staff]
          definition: {display_name: Code Server, slug: coder, default: false, kubespawner_override: {cpu_limit: 2, mem_limit: 6G, image: "%image%"}}
          node_selector: {}
          volumes:
          - {name: workspace-volume, claim_name: workspace-claim, size: 10Gi, storage_class: standard, access_modes: [ReadWriteOnce], volume_mount: {name: workspace-volume, mount_path: /workspace}, persist: true}
          image_pull_secrets:
          - {name: cr-config, persist: true, data: %data%}
          role_bindings:
          - name: reader
            subjects:
            - {name: default, kind: ServiceAccount}
            role: {name: reader-role, resources: [pods], verbs: [get], api_groups: [""]}
            persist: false
          init_containers:
          - name: init
            image: code:1
            command: [sh, -c, "true"]
            volume_mounts:
            - {name: workspace-volume, mount_path: /workspace, sub_path: init}

        """;

    private readonly DiffRuns runs = new();

    public void Dispose() => runs.Dispose();

    private string Config(string name, string image = "code:1", string data = "eyJhdXRocyI6eyJyZWdpc3RyeSI6eyJhdXRoIjoic2VjcmV0LW9uZSJ9fX0=") =>
        runs.Write(name, Head.Replace("%image%", image, StringComparison.Ordinal).Replace("%data%", data, StringComparison.Ordinal));

    [Fact]
    public void Pull_secret_data_is_reported_changed_but_never_printed()
    {
        var old = Config("old.yml");
        const string newData = "eyJhdXRocyI6eyJyZWdpc3RyeSI6eyJhdXRoIjoic2VjcmV0LXR3byJ9fX0=";
        var current = Config("new.yml", data: newData);

        var text = CliRunner.Run("diff", old, current);
        var json = CliRunner.Run("diff", old, current, "--format", "json");

        text.ExitCode.Should().Be(3, text.Error);
        DiffRuns.ChangeLines(text).Should().Equal(
            "not applied  image_pull_secrets[cr-config].data: (changed) — the hub keeps the Secret users already have: they keep the old credentials");
        json.Out.Should().Contain("\"old\": \"(hidden)\"").And.Contain("\"new\": \"(hidden)\"");
        foreach (var output in new[] { text.Out + text.Error, json.Out + json.Error })
        {
            output.Should().NotContain("eyJhdXRocyI6").And.NotContain("secret-one").And.NotContain("secret-two");
        }
    }

    [Fact]
    public void Control_characters_in_values_are_escaped_in_the_text_report()
    {
        var old = Config("old.yml");
        var current = Config("new.yml", image: @"code:2\e[31mred\u202e");

        var result = CliRunner.Run("diff", old, current);

        result.ExitCode.Should().Be(3, result.Error);
        result.Out.Should().NotContain("\u001b").And.NotContain("\u202e");
        DiffRuns.ChangeLines(result).Should().Equal(
            @"next start   definition.kubespawner_override.image: code:1 → code:2\x1b[31mred\u202e — the next start runs the new image");
    }

    [Fact]
    public void Long_values_are_cut_with_an_ellipsis()
    {
        var old = Config("old.yml");
        var image = "registry.example.org/" + new string('a', 80) + ":1";
        var current = Config("new.yml", image: image);

        var line = DiffRuns.ChangeLines(CliRunner.Run("diff", old, current)).Should().ContainSingle().Subject;

        line.Should().Contain("code:1 → registry.example.org/aaaa").And.Contain("a… — the next start");
        line.Should().NotContain(image);
    }

    [Fact]
    public void Json_keeps_values_whole()
    {
        var old = Config("old.yml");
        var image = "registry.example.org/" + new string('a', 80) + ":1";
        var current = Config("new.yml", image: image);

        using var json = System.Text.Json.JsonDocument.Parse(CliRunner.Run("diff", old, current, "--format", "json").Out);

        json.RootElement.GetProperty("changes")[0].GetProperty("new").GetString().Should().Be(image);
    }

    [Fact]
    public void Reordered_lists_and_keys_written_in_another_style_are_no_change()
    {
        var old = Config("old.yml");
        var reordered = runs.Write("new.yml", """
            profiles:
            - definition:
                kubespawner_override: {image: code:1, mem_limit: 6G, cpu_limit: "2"}
                default: false
                slug: coder
                display_name: "Code Server"
              id: profile_coder
              groups:
              - staff
              image_pull_secrets:
              - {name: cr-config, persist: true, data: eyJhdXRocyI6eyJyZWdpc3RyeSI6eyJhdXRoIjoic2VjcmV0LW9uZSJ9fX0=}
              volumes:
              - name: workspace-volume
                claim_name: workspace-claim
                size: 10Gi
                storage_class: standard
                access_modes: [ReadWriteOnce]
                volume_mount: {mount_path: /workspace, name: workspace-volume}
                persist: true
              pod_env_vars: {}
              init_containers:
              - command: [sh, -c, "true"]
                image: code:1
                name: init
                volume_mounts:
                - {sub_path: init, mount_path: /workspace, name: workspace-volume}
              role_bindings:
              - persist: false
                role: {api_groups: [""], name: reader-role, resources: [pods], verbs: [get]}
                subjects:
                - {kind: ServiceAccount, name: default}
                name: reader
            """);

        var result = CliRunner.Run("diff", old, reordered);

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().Be("no changes\n");
    }
}

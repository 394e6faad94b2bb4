using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>
/// Names the consumer builds itself (an f-string, no trailing '-' stripped), the namespace KubeSpawner puts the pod in
/// against the one the hook creates objects in, and hub files that change one entry of a preset's maps.
/// </summary>
public sealed class HubNamingTests
{
    [Fact]
    public void The_eoepca_namespace_keeps_a_trailing_dash_and_fails_as_the_spawn_does()
    {
        var result = CliRunner.Run("dump-manifests", "--hub", "eoepca", "--user", "bob-", "--profile", "jupyterlab");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("error: namespace 'jupyter-bob-' is not a valid namespace name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_environment_name_leaves_the_pod_name_ending_in_dashes_as_the_hub_does()
    {
        using var folder = new TempFolder();
        var hub = folder.Write("hub.yaml", "preset: eoepca\nenvironment_name: \"\"\n");
        var result = CliRunner.Run("dump-manifests", "--hub", hub, "--user", "alice", "--profile", "jupyterlab");

        // The template then ends in "-": nothing is stripped, and no user name can give a valid pod name.
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pod_name_template: gives 'jupyter-jovyan--' for user 'jovyan', which is not a pod name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_name_the_slug_changes_puts_the_pod_in_another_namespace_than_the_hooks_objects()
    {
        var result = CliRunner.Run("dump-manifests", "--hub", "eoepca", "--user", "a--b", "--profile", "jupyterlab");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("KubeSpawner puts the pod in namespace 'jupyter-a-b---", line, StringComparison.Ordinal);
        Assert.Contains("create the claims and config maps in 'jupyter-a--b'", line, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run("dump-manifests", "--hub", "eoepca", "--user", "alice", "--profile", "jupyterlab").ExitCode);
        Assert.Equal(0, CliRunner.Run("dump-manifests", "--hub", "kubespawner", "--user", "a--b", "--profile", "jupyterlab").ExitCode);
    }

    [Fact]
    public void A_hub_file_adds_to_the_presets_environment_and_namespace_labels()
    {
        using var folder = new TempFolder();
        var hub = folder.Write("hub.yaml", "preset: eoepca\nenvironment: {FOO: bar}\nnamespace: {labels: {team: a}}\n");
        var result = CliRunner.Run("dump-manifests", "--hub", hub, "--user", "alice", "--profile", "jupyterlab");
        Assert.Equal(0, result.ExitCode);
        foreach (var expected in new[] { "    eso: enabled\n", "    team: a\n", "    - name: FOO\n", "    - name: JUPYTER_ENABLE_LAB\n", "    - name: CALRISSIAN_POD_NAME\n" })
        {
            Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("pod_name_template: \"Jupyter_{username}\"\n", ":1:20: pod_name_template: gives 'Jupyter_jovyan' for user 'jovyan', which is not a pod name")]
    [InlineData("namespace: {template: \"NS-{username}\"}\n", ": namespace.template: gives 'NS-jovyan' for user 'jovyan', which is not a namespace name")]
    public void A_template_that_never_gives_a_valid_name_is_refused_where_it_is_written(string hubFile, string message)
    {
        using var folder = new TempFolder();
        var hub = folder.Write("hub.yaml", hubFile);
        var result = CliRunner.Run("validate", "--hub", hub, "--profile", "coder", "--groups", "staff");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {hub}", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }
}

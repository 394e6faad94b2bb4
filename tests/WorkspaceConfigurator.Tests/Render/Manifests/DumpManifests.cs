using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

internal static class DumpManifests
{
    /// <summary>Runs dump-manifests, expects success and returns stdout after checking every document is valid.</summary>
    public static string ValidOutput(params string[] args)
    {
        var result = CliRunner.Run(["dump-manifests", .. args]);
        result.ExitCode.Should().Be(0, result.Error);
        KubernetesValidator.ValidateYaml(result.Out).Should().BeEmpty();
        return result.Out;
    }

    public static IReadOnlyList<Newtonsoft.Json.Linq.JObject> Documents(string yaml) =>
        Yaml11.LoadAll(yaml, Yaml11Dialect.GoYamlV2).Cast<Newtonsoft.Json.Linq.JObject>().ToList();
}

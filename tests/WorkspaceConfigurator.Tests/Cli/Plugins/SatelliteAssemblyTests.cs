using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>A dependency's satellite folder (de/X.resources.dll) is not a plugin, even where its culture is unknown.</summary>
public sealed class SatelliteAssemblyTests
{
    [FactWithSatellite]
    public void A_satellite_folder_is_skipped()
    {
        var satellite = FactWithSatelliteAttribute.Find()!;

        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "de"));
        File.Copy(satellite, Path.Combine(folder.Path, "de", Path.GetFileName(satellite)));
        var result = CliRunner.Run("--profiles-dir", folder.Path, "list");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("coder-gpu");
    }
}

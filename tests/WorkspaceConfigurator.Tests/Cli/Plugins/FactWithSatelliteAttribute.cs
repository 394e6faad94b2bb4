namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>A fact that copies a satellite assembly of the .NET installation: skipped, with the reason, where it ships none.</summary>
public sealed class FactWithSatelliteAttribute : FactAttribute
{
    public FactWithSatelliteAttribute()
    {
        if (Find() is null)
        {
            Skip = "needs a satellite assembly (de, fr or ja) in the .NET installation to copy";
        }
    }

    public static string? Find()
    {
        var sdk = Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)!)!; // shared/Microsoft.NETCore.App
        return Directory.EnumerateFiles(Path.Combine(sdk, "..", ".."), "*.resources.dll", SearchOption.AllDirectories)
            .FirstOrDefault(f => Path.GetFileName(Path.GetDirectoryName(f)) is "de" or "fr" or "ja");
    }
}

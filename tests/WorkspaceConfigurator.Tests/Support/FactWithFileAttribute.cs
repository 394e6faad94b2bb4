namespace WorkspaceConfigurator.Tests.Support;

/// <summary>A fact that needs a device or file of the machine (e.g. /dev/full): skipped, with the reason, where it is missing.</summary>
public sealed class FactWithFileAttribute : FactAttribute
{
    public FactWithFileAttribute(string path)
    {
        if (!File.Exists(path))
        {
            Skip = $"needs {path}";
        }
    }
}

using System.Text;

namespace WorkspaceConfigurator.Build.Lifecycle;

/// <summary>
/// The workspace startup script (<c>Build/Lifecycle/startup.sh</c>, embedded in this assembly): the one POSIX sh script
/// whose steps (seed, configure, personalize, dotfiles, git-ssh) the init containers of a workspace run on each
/// start. It is shipped in a ConfigMap and mounted at <see cref="Path"/>.
/// </summary>
internal static class StartupScript
{
    public const string FileName = "startup.sh";

    public const string Folder = "/opt/wsconf/startup";

    private const string ResourceName = "lifecycle/startup.sh";

    private static readonly Lazy<string> LazyText = new(Load);

    /// <summary>Where init containers (and the workspace container, for git-ssh) find the script.</summary>
    public static string Path => Folder + "/" + FileName;

    /// <summary>The script, with <c>\n</c> line endings whatever the checkout did to them.</summary>
    public static string Text => LazyText.Value;

    private static string Load()
    {
        var assembly = typeof(StartupScript).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}

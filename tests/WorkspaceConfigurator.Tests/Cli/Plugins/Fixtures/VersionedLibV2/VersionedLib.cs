namespace Versioned;

public static class VersionedLib
{
    /// <summary>Read at run time (a const would be copied into the caller at compile time).</summary>
    public static string Identity => $"VersionedLib {typeof(VersionedLib).Assembly.GetName().Version} (v2 API)";
}

namespace Fixtures.NetStandardLibrary
{
    /// <summary>A .NET Standard library put where a plugin is expected.</summary>
    public static class Library
    {
        public static string Name => "netstandard";
    }
}

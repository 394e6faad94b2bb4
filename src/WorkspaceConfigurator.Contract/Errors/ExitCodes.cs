namespace WorkspaceConfigurator.Contract;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Usage = 2;
}

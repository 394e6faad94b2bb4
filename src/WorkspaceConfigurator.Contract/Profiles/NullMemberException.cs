namespace WorkspaceConfigurator.Contract;

/// <summary>A profile member gave null where the contract wants a value; the caller names the profile and its plugin.</summary>
internal sealed class NullMemberException(string member) : Exception($"{member} is null")
{
    public string Member { get; } = member;
}

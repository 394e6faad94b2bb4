using System.Security.Cryptography;
using System.Text;

namespace WorkspaceConfigurator.Diff;

/// <summary>
/// Credentials (a pull secret's data): only a digest is kept, so a change can be seen without the value ever being
/// held, printed or written by the comparison.
/// </summary>
internal sealed record HubSecret(string Digest) : HubValue
{
    public static HubSecret Of(string text) => new(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
}

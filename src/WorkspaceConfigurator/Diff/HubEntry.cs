using System.Security.Cryptography;
using System.Text;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Diff;

internal sealed record HubEntry(string Key, HubValue Value);

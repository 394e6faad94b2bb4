using System.Globalization;
using System.Text;

namespace WorkspaceConfigurator.Hub;

/// <summary>
/// The environment JupyterHub 5.2 (<c>Spawner.get_env</c>) gives a user's default server, before the hub's and the
/// profile's own variables. Tokens and the OAuth client id are per spawn: they are shown as
/// <see cref="SetAtSpawn"/>, never as a value.
/// </summary>
internal static class JupyterHubEnv
{
    /// <summary>What stands in for a value only the spawn itself creates (an API token).</summary>
    public const string SetAtSpawn = "<set by the hub at spawn>";

    // KubeSpawner's default bind address and port of the single-user server.
    private const string ServerIp = "0.0.0.0";
    private const int ServerPort = 8888;

    /// <param name="user">The JupyterHub user name, as the hub has it.</param>
    /// <param name="cpuLimit">Whole CPUs; JupyterHub holds CPU as a float and writes it so ("2.0").</param>
    /// <param name="memLimit">Memory, written in bytes as JupyterHub does.</param>
    /// <param name="defaultUrl">The profile's default URL (or the hub's), or null.</param>
    public static List<KeyValuePair<string, string>> For(HubSettings hub, string user, int cpuLimit, int? cpuGuarantee, Memory memLimit, Memory? memGuarantee, string? defaultUrl)
    {
        var escaped = UrlEscapePath(user);
        var prefix = $"{hub.BaseUrl}user/{escaped}/";
        var scopes = JsonList([$"access:servers!server={user}/", $"access:servers!user={user}"]);
        var env = new List<KeyValuePair<string, string>>
        {
            new("JUPYTERHUB_API_TOKEN", SetAtSpawn),
            new("JPY_API_TOKEN", SetAtSpawn),
            new("JUPYTERHUB_CLIENT_ID", SetAtSpawn),
            new("JUPYTERHUB_COOKIE_HOST_PREFIX_ENABLED", "0"),
            new("JUPYTERHUB_HOST", ""),
            new("JUPYTERHUB_OAUTH_CALLBACK_URL", $"{prefix}oauth_callback"),
            new("JUPYTERHUB_OAUTH_SCOPES", scopes),
            new("JUPYTERHUB_OAUTH_ACCESS_SCOPES", scopes),
            new("JUPYTERHUB_OAUTH_CLIENT_ALLOWED_SCOPES", "[]"),
            new("JUPYTERHUB_USER", user),
            new("JUPYTERHUB_SERVER_NAME", ""),
            new("JUPYTERHUB_API_URL", hub.ApiUrl),
            new("JUPYTERHUB_ACTIVITY_URL", $"{hub.ApiUrl.TrimEnd('/')}/users/{escaped}/activity"),
            new("JUPYTERHUB_BASE_URL", hub.BaseUrl),
            new("JUPYTERHUB_SERVICE_PREFIX", prefix),
            new("JUPYTERHUB_SERVICE_URL", string.Create(CultureInfo.InvariantCulture, $"http://{ServerIp}:{ServerPort}{prefix}")),
            new("JUPYTERHUB_PUBLIC_URL", ""),
            new("JUPYTERHUB_PUBLIC_HUB_URL", ""),
            new("MEM_LIMIT", Bytes(memLimit)),
        };

        // JupyterHub leaves out a guarantee that is unset or zero.
        if (memGuarantee is { Bytes: > 0 } memory)
        {
            env.Add(new("MEM_GUARANTEE", Bytes(memory)));
        }

        env.Add(new("CPU_LIMIT", Float(cpuLimit)));
        if (cpuGuarantee is > 0 and var cpu)
        {
            env.Add(new("CPU_GUARANTEE", Float(cpu)));
        }

        if (defaultUrl is not null)
        {
            env.Add(new("JUPYTERHUB_DEFAULT_URL", defaultUrl));
        }

        return env;
    }

    private static string Bytes(Memory memory) => decimal.Truncate(memory.Bytes).ToString(CultureInfo.InvariantCulture);

    // Python's str() of a float holding a whole number.
    private static string Float(int value) => value.ToString(CultureInfo.InvariantCulture) + ".0";

    // JupyterHub's url_escape_path: urllib's quote with '@' and '~' kept, so letters, digits and "_.-~@" stay as they are.
    private static string UrlEscapePath(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'.' or (byte)'-' or (byte)'~' or (byte)'@')
            {
                escaped.Append((char)b);
            }
            else
            {
                escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    // Python's json.dumps of a list of strings: ", " between items, non-ASCII as \u escapes.
    private static string JsonList(IReadOnlyList<string> items)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            json.Append(i == 0 ? "\"" : ", \"");
            foreach (var c in items[i])
            {
                if (c is >= ' ' and <= '~' and not '"' and not '\\')
                {
                    json.Append(c); // the common case, without a string per character
                    continue;
                }

                json.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                });
            }

            json.Append('"');
        }

        return json.Append(']').ToString();
    }
}

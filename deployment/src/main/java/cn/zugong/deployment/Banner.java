package cn.zugong.deployment;

import cn.zugong.testkit.StackSettings;
import java.time.Duration;

/** What the run command prints once the portal is ready. */
final class Banner {

    private Banner() {}

    static String text(StackSettings settings, Duration startup) {
        StringBuilder text = new StringBuilder()
                .append("\n  Zugong portal is ready (started in ")
                .append(startup.toSeconds())
                .append(" s)\n\n")
                .append("  Open        ")
                .append(settings.portalUrl())
                .append('\n')
                .append("  Keycloak    ")
                .append(settings.oidcUrl())
                .append('\n');
        if (settings.keycloak().isPresent()) {
            text.append("\n  Demo accounts (demo realm only), password: zugong-demo\n");
            for (String[] account : ACCOUNTS) {
                text.append(String.format("    %-20s %s%n", account[0], account[1]));
            }
        }
        return text.append("\n  Press Ctrl-C to stop.\n").toString();
    }

    /** What {@code run.sh --cluster} prints once every node is ready. */
    static String cluster(cn.zugong.deployment.cluster.Cluster cluster, Duration startup) {
        var ports = cluster.ports();
        StringBuilder text = new StringBuilder()
                .append("\n  Zugong cluster is ready (started in ")
                .append(startup.toSeconds())
                .append(" s)\n\n")
                .append("  Open        ")
                .append(ports.portalUrl())
                .append("   (HAProxy, sticky on its cookie ZUGONG_NODE)\n")
                .append("  Keycloak    ")
                .append(ports.realmUrl())
                .append("   (HAProxy)\n\n")
                .append("  Nodes (each may be stopped; HAProxy sends its users to the other):\n")
                .append(cluster.describe())
                .append("\n  Demo accounts (demo realm only), password: zugong-demo\n");
        for (String[] account : ACCOUNTS) {
            text.append(String.format("    %-20s %s%n", account[0], account[1]));
        }
        return text.append("\n  Press Ctrl-C to stop.\n").toString();
    }

    private static final String[][] ACCOUNTS = {
        {"wenjiang-officer", "officer, Wenjiang (510115)"},
        {"wenjiang-admin", "tenant-admin, Wenjiang (510115)"},
        {"wenjiang-auditor", "tenant-auditor, Wenjiang (510115): its audit trail, read-only"},
        {"pidu-officer", "officer, Pidu (510117)"},
        {"pidu-admin", "tenant-admin, Pidu (510117)"},
        {"sichuan-supervisor", "supervisor, Sichuan province (51), read-only"},
        {"sichuan-officer", "officer, Sichuan's own department (510000)"},
        {"sichuan-admin", "tenant-admin, Sichuan's own department (510000)"},
        {"platform-sysadmin", "platform system admin"},
        {"platform-secadmin", "platform security admin"},
        {"platform-auditor", "platform audit admin"},
    };
}

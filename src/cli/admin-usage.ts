/** Usage of the security team's commands (kept apart so `gatewayctl` loads the database code only when needed). */
export const ADMIN_USAGE = `  tenants create <id> --region <r> [--floor <level>] [--budget <usd>] [--tier <name>] [--time-zone <zone>]
  keys create (--tenant <id> | --platform) [--role <role>]... [--expires <iso time>] [--label <text>]
                           the key is printed once, alone on stdout's last line (default role: invoke)
  keys list (--tenant <id> | --platform)
  keys rotate <keyid>      a new secret for the same roles; the old key stops working
  keys revoke <keyid>      (all straight on the database: DATABASE_URL, or the embedded one under GATEWAY_DATA_DIR)`;

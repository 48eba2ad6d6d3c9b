#include "cli.h"

namespace pa::cli {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    err << "not implemented yet\n";
    return 1;
}

} // namespace pa::cli

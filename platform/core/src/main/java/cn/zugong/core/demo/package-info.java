/** Demo tenants, units and generated cadres, seeded when {@code zugong.demo} is true; never touches existing data. */
package cn.zugong.core.demo;
